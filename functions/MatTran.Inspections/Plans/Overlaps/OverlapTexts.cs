using MatTran.Inspections.Formatting;

namespace MatTran.Inspections.Plans.Overlaps;

/// <summary>Vietnamese texts of overlap warnings and of merging two planned visits (lồng ghép).</summary>
public static class OverlapTexts
{
    public static string Warning(string unitName, OverlapReason reason, string otherPlanNumber, DateOnly otherVisitDate, int daysApart) =>
        (reason == OverlapReason.SameUnit
            ? $"\"{unitName}\" cũng được làm việc theo Kế hoạch số {otherPlanNumber} ngày {VietnameseFormat.Date(otherVisitDate)}"
            : $"\"{unitName}\" cũng được đến làm việc (kiểm tra trực tiếp tại cơ sở) theo Kế hoạch số {otherPlanNumber} ngày {VietnameseFormat.Date(otherVisitDate)}")
        + (daysApart == 0 ? " (cùng ngày)" : $" (cách {daysApart} ngày)")
        + "; nên lồng ghép các đợt để tránh làm việc nhiều lần với một đơn vị.";

    public const string IfMatchRequired = "Cần gửi phiên bản kế hoạch đang xem (If-Match = ETag) để lồng ghép.";

    public const string NotDraft = "Chỉ lồng ghép được các cuộc của kế hoạch chưa phê duyệt.";

    public static string VisitNotFound(string id) => $"Không tìm thấy cuộc \"{id}\" trong kế hoạch.";

    public const string SameVisit = "Không thể lồng ghép một cuộc với chính nó.";

    public const string AlreadyMerged = "Một trong hai cuộc đã được lồng ghép vào cuộc khác.";

    public const string UnitsUnrelated = "Chỉ lồng ghép được cuộc của cùng đơn vị, hoặc của đơn vị trực thuộc đơn vị được kiểm tra.";
}

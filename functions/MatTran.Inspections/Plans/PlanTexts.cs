using MatTran.Inspections.Formatting;

namespace MatTran.Inspections.Plans;

/// <summary>Vietnamese messages of plan creation and rescheduling.</summary>
public static class PlanTexts
{
    public const string NumberInvalid = "Số kế hoạch phải có dạng \"325/KH-MTTQ-BTT\" (số/KH-ký hiệu cơ quan ban hành).";

    public static string YearOutOfRange(int first, int last) => $"Năm kế hoạch phải trong khoảng {first}–{last}.";

    public static string IssuerUnknown(string id) => $"Không tìm thấy đơn vị ban hành \"{id}\".";

    public const string TitleRequired = "Thiếu tên kế hoạch.";
    public const string TopicsEmpty = "Kế hoạch phải có ít nhất một nội dung kiểm tra.";
    public const string TopicBlank = "Nội dung kiểm tra không được để trống.";

    public static string TopicDuplicate(string topic) => $"Nội dung \"{topic}\" bị lặp lại.";


    public const string InspectionsEmpty = "Kế hoạch phải có ít nhất một cuộc kiểm tra, giám sát.";

    public static string UnitUnknown(string id) => $"Không tìm thấy đơn vị \"{id}\".";

    public const string UnitIsIssuer = "Đơn vị ban hành kế hoạch không thể tự kiểm tra chính mình.";

    public static string UnitNotSubordinate(string unitName) => $"\"{unitName}\" không trực thuộc đơn vị ban hành kế hoạch.";

    public static string UnitRepeated(string unitName, int firstIndex) =>
        $"\"{unitName}\" đã có cuộc cùng loại ở dòng {firstIndex + 1}; hãy lồng ghép nội dung vào một cuộc.";

    public static string UnitMergeSuggested(string unitName, int firstIndex) =>
        $"\"{unitName}\" đã có trong kế hoạch ở dòng {firstIndex + 1}; nên lồng ghép các đợt để tránh làm việc nhiều lần với một đơn vị.";

    public const string KindInvalid = "Hình thức phải là Kiểm tra (Inspection), Giám sát (Supervision) hoặc Phúc tra (FollowUp).";

    public static string VisitDateOutsideYear(int year) => $"Ngày làm việc phải nằm trong năm kế hoạch {year}.";

    public static string VisitDateNotWorkingDay(DateOnly date) => $"Ngày {VietnameseFormat.Date(date)} không phải ngày làm việc.";

    public const string CoveredPeriodRequired = "Thiếu thời kỳ kiểm tra.";
    public const string CoveredPeriodReversed = "Thời kỳ kiểm tra: ngày bắt đầu phải trước ngày kết thúc.";
    public const string CoveredPeriodAfterVisit = "Thời kỳ kiểm tra không được kết thúc sau ngày làm việc với đơn vị.";
    public const string TeamLeadRequired = "Phải có trưởng đoàn.";
    public const string MemberBlank = "Tên thành viên đoàn không được để trống.";

    public static string SiteVisitUnknown(string id) => $"Không tìm thấy đơn vị khảo sát \"{id}\".";

    public static string SiteVisitOutsideUnit(string id) => $"Đơn vị khảo sát \"{id}\" không trực thuộc đơn vị được kiểm tra.";

    public static string RescheduleOutsideYear(int year) => $"Ngày mới phải nằm trong năm kế hoạch {year}.";

    public static string RescheduleInPast(DateOnly today) => $"Ngày mới không được trước hôm nay ({VietnameseFormat.Date(today)}).";

    public const string RescheduleUnchanged = "Ngày mới trùng với ngày đã lên lịch.";
    public const string RescheduleReasonRequired = "Phải nêu lý do dời lịch.";
    public const string CancelReasonRequired = "Phải nêu lý do hủy.";
}

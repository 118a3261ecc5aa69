using MatTran.Inspections.Formatting;

namespace MatTran.Inspections.Conclusions;

/// <summary>Vietnamese messages of conclusion submission and approval.</summary>
public static class ConclusionTexts
{
    public const string TextRequired = "Thiếu nội dung kết luận.";
    public const string RatingInvalid = "Xếp loại phải là Xuất sắc, Tốt, Khá, Trung bình hoặc Yếu.";
    public const string RecommendationTextRequired = "Nội dung kiến nghị không được để trống.";
    public const string RecommendationResponsibleRequired = "Phải nêu đơn vị, cá nhân chịu trách nhiệm thực hiện kiến nghị.";

    public static string RecommendationDueDatePast(DateOnly conclusionDate) =>
        $"Thời hạn thực hiện phải sau ngày kết luận ({VietnameseFormat.Date(conclusionDate)}).";

    public const string ReturnCommentRequired = "Phải nêu ý kiến khi trả lại dự thảo kết luận.";

    public static string RecommendationDepartmentUnknown(string id) => $"Ủy ban không có ban, văn phòng \"{id}\".";

    public static string RecommendationUnitUnknown(string id) => $"Không tìm thấy đơn vị \"{id}\".";

    public static string RecommendationOwnerUnknown(string id) => $"Không tìm thấy cán bộ theo dõi \"{id}\" trong danh bạ của Ủy ban.";
}

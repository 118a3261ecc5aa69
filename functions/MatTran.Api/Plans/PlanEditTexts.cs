namespace MatTran.Api.Plans;

/// <summary>Vietnamese texts of editing a draft plan.</summary>
public static class PlanEditTexts
{
    public const string IfMatchRequired = "Cần gửi phiên bản kế hoạch đang sửa (If-Match = ETag).";

    public const string NotDraft = "Chỉ sửa được kế hoạch chưa phê duyệt.";

    public const string IdentityChanged = "Không thể đổi số kế hoạch, năm hoặc đơn vị ban hành; hãy lập kế hoạch mới.";

    public static string TooLarge(int max) => $"Chỉ sửa trực tiếp được kế hoạch có tối đa {max} cuộc; hãy lập kế hoạch mới thay cho bản dự thảo này.";
}

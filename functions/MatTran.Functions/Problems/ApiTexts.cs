namespace MatTran.Functions.Problems;

/// <summary>User-facing (Vietnamese) texts of the HTTP-level problems.</summary>
public static class ApiTexts
{
    public static string PlanNotFound(string id) => $"Không tìm thấy kế hoạch \"{id}\".";

    public static string PlanNumberTaken(string number, int year) => $"Số kế hoạch \"{number}\" đã được dùng trong năm {year}.";

    public const string PlanNotDraft = "Kế hoạch đã triển khai, không thể phê duyệt lại.";

    public const string PlanChangedConcurrently = "Kế hoạch vừa được thay đổi bởi người khác; vui lòng thử lại.";

    public static string CsvRequired(string mediaType) => $"Tệp đơn vị phải gửi dưới dạng {mediaType}.";

    public static string BodyTooLarge(long maxBytes) => $"Dữ liệu gửi lên vượt quá {maxBytes} byte.";
}

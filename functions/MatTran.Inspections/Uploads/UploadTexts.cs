namespace MatTran.Inspections.Uploads;

/// <summary>Vietnamese messages of upload checks.</summary>
public static class UploadTexts
{
    public const string Empty = "Tệp tải lên không có nội dung.";

    public static string TooLarge(long maxBytes) => $"Tệp vượt quá dung lượng cho phép ({maxBytes / (1024 * 1024)} MB).";

    public static string TypeNotAllowed(IEnumerable<string> extensions) => $"Chỉ chấp nhận tệp {string.Join(", ", extensions)}.";

    public const string ContentMismatch = "Nội dung tệp không đúng với định dạng theo phần mở rộng.";
    public const string NameInvalid = "Tên tệp không hợp lệ.";
    public const string MultipleFiles = "Mỗi lần chỉ gửi một tệp.";

    public static string FieldUnexpected(string field) => $"Không nhận tệp ở trường \"{field}\"; tệp phải gửi ở trường \"file\".";

    public static string FieldRepeated(string field) => $"Trường \"{field}\" chỉ được gửi một lần.";
}

namespace MatTran.Api.Problems;

/// <summary>User-facing (Vietnamese) texts of the HTTP-level problems.</summary>
public static class ApiTexts
{
    public static string PlanNotFound(string id) => $"Không tìm thấy kế hoạch \"{id}\".";

    public static string PlanNumberTaken(string number, int year) => $"Số kế hoạch \"{number}\" đã được dùng trong năm {year}.";

    public const string PlanNotDraft = "Kế hoạch đã triển khai, không thể phê duyệt lại.";

    public const string PlanChangedConcurrently = "Kế hoạch vừa được thay đổi bởi người khác; vui lòng thử lại.";

    public static string CsvRequired(string mediaType) => $"Tệp đơn vị phải gửi dưới dạng {mediaType}.";

    public static string BodyTooLarge(long maxBytes) => $"Dữ liệu gửi lên vượt quá {maxBytes} byte.";

    public const string PlanNotApproved = "Kế hoạch chưa được phê duyệt, chưa thể triển khai.";

    public const string PlanAlreadyLaunched = "Kế hoạch đã được triển khai.";

    public const string RehearsalNotAllowed = "Chỉ được diễn tập kế hoạch trong môi trường phát triển hoặc kiểm thử.";

    public const string RehearsalStartsAtRequired = "Cần ngày bắt đầu diễn tập (startsAt).";

    public static string RehearsalTooFast(double minimumSecondsPerDay) =>
        $"Mỗi ngày diễn tập phải kéo dài ít nhất {minimumSecondsPerDay.ToString(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))} giây (secondsPerDay).";

    public static string StageUnknown(string stage) => $"Không có giai đoạn \"{stage}\".";

    public static string TeamLeadInvalid(string value) => $"Bộ lọc trưởng đoàn chỉ nhận giá trị \"me\" (người đang đăng nhập), không nhận \"{value}\".";
    public static string CalendarYearUnknown(int year, int first, int last) => $"Lịch ngày làm việc chỉ có các năm {first}–{last}, không có năm {year}.";

    public static string InspectionNotFound(string id) => $"Không tìm thấy cuộc kiểm tra, giám sát \"{id}\".";

    public static string RemediationNotFound(string id) => $"Không tìm thấy kiến nghị \"{id}\".";

    public static string DocumentNotFound(string id) => $"Không tìm thấy tài liệu \"{id}\".";

    public static string MailNotFound(string name) => $"Không tìm thấy thư \"{name}\".";

    public static string StageConflict(string stageName) => $"Cuộc kiểm tra, giám sát đang ở bước \"{stageName}\", không nhận yêu cầu này.";

    public static string RemediationStatusConflict(string statusName) => $"Kiến nghị đang ở trạng thái \"{statusName}\", không nhận yêu cầu này.";

    public const string WorkflowNotRunning = "Quy trình của cuộc kiểm tra, giám sát này đã kết thúc.";

    public const string WorkflowStarting = "Quy trình đang được khởi tạo; vui lòng thử lại sau giây lát.";

    public const string LinkRequired = "Cần đường dẫn được gửi qua thư điện tử cho đơn vị.";

    public const string LinkInvalid = "Đường dẫn không hợp lệ.";

    public const string LinkExpired = "Đường dẫn đã hết hạn; đơn vị có thể đề nghị gửi đường dẫn mới tới địa chỉ thư điện tử đã đăng ký.";

    public const string LinkOtherUnit = "Đường dẫn này không dành cho đơn vị hoặc cuộc kiểm tra, giám sát này.";

    public const string StaffOnly = "Chỉ đơn vị được kiểm tra, giám sát thực hiện thao tác này qua đường dẫn được gửi.";

    public static string QueryInvalid(string parameter) =>
        $"Tham số \"{parameter}\" của địa chỉ không hợp lệ (chỉ chữ cái không dấu, chữ số và . _ - @ + :, tối đa {Http.RequestShapeChecks.MaxQueryValueLength} ký tự).";

    public static string QueryRepeated(string parameter) => $"Tham số \"{parameter}\" chỉ được gửi một lần.";

    public const string CharsetNotUtf8 = "Nội dung phải được mã hóa UTF-8.";

    public const string MultipartRequired = "Phải gửi dưới dạng multipart/form-data.";

    public const string FeedbackMediaTypes = "Phải gửi dưới dạng multipart/form-data hoặc application/json.";
}

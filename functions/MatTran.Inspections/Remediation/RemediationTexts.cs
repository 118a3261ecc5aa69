using MatTran.Inspections.Formatting;

namespace MatTran.Inspections.Remediation;

/// <summary>Vietnamese names and messages for remediation.</summary>
public static class RemediationTexts
{
    public static string StatusName(RemediationStatus status) => status switch
    {
        RemediationStatus.Open => "Đang thực hiện",
        RemediationStatus.Reported => "Đã báo cáo, chờ đánh giá",
        RemediationStatus.Accepted => "Đã hoàn thành",
        RemediationStatus.Rejected => "Chưa đạt, thực hiện lại",
        RemediationStatus.Overdue => "Quá hạn",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string StateInvalid(RemediationStatus status) => $"Không thể thực hiện thao tác này khi kiến nghị ở trạng thái \"{StatusName(status)}\".";

    public const string ReportTextRequired = "Phải nêu kết quả khắc phục.";
    public const string RejectCommentRequired = "Phải nêu lý do chưa chấp nhận.";

    public static string NewDueDatePast(DateOnly today) => $"Thời hạn mới phải sau hôm nay ({VietnameseFormat.Date(today)}).";
}

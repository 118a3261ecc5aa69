using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Remediation;

namespace MatTran.Api.UnitPortal;

/// <summary>
/// Vietnamese texts the portal's script shows. Names of stages, statuses and ratings come from the domain's own text
/// classes, so the page and the emails never name a stage differently.
/// </summary>
public static class UnitPortalTexts
{
    public const string InvalidLink = "Đường dẫn không hợp lệ hoặc đã hết hạn.";
    public const string InvalidLinkHelp = "Vui lòng mở đường dẫn trong thư điện tử mới nhất hoặc liên hệ cơ quan kiểm tra để được cấp lại.";
    public const string Loading = "Đang tải thông tin cuộc kiểm tra, giám sát…";
    public const string LoadFailed = "Không tải được thông tin cuộc kiểm tra, giám sát. Vui lòng thử lại sau.";
    public const string NetworkError = "Không kết nối được với máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.";
    public const string Sending = "Đang gửi…";
    public const string SendFailed = "Không gửi được. Vui lòng thử lại.";
    public const string SelfReportSent = "Đã gửi báo cáo tự kiểm tra. Cơ quan kiểm tra sẽ tiếp nhận.";
    public const string FeedbackSent = "Đã gửi ý kiến giải trình.";
    public const string RemediationSent = "Đã gửi báo cáo kết quả khắc phục.";
    public const string NoDocuments = "Chưa có tài liệu.";
    public const string NoActionNeeded = "Ở giai đoạn này đơn vị không cần gửi thêm tài liệu.";
    public const string FileRequired = "Vui lòng chọn tệp.";
    public const string TextRequired = "Vui lòng nhập nội dung.";
    public const string Download = "Tải về";
    public const string FeedbackGiven = "Ý kiến giải trình của đơn vị";
    public const string Attachment = "Tệp";
    public const string Revision = "Dự thảo lần";
    public const string SubmittedAt = "Ngày gửi";
    public const string DueDate = "Thời hạn";
    public const string Responsible = "Trách nhiệm";
    public const string Status = "Trạng thái";
    public const string FollowUpRequested = "Kết luận yêu cầu phúc tra.";
    public const string Rating = "Xếp loại";
    public const string ConclusionNumber = "Số thông báo kết luận";
    public const string SelfReportDue = "Hạn gửi báo cáo tự kiểm tra";
    public const string VisitDay = "Ngày làm việc tại đơn vị";
    public const string FeedbackDue = "Hạn gửi ý kiến giải trình";
    public const string CancelReason = "Lý do hủy";
    public const string RenewalSent = "Nếu đường dẫn là của đơn vị, đường dẫn mới đã được gửi tới địa chỉ thư điện tử đã đăng ký của đơn vị (mỗi ngày một lần). Vui lòng kiểm tra hộp thư.";

    /// <summary>Everything above plus the enum names, as the JSON block the page hands its script.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ForScript()
    {
        var texts = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["stages"] = Names<InspectionStage>(InspectionTexts.StageName),
            ["kinds"] = Names<InspectionKind>(InspectionTexts.KindName),
            ["remediationStatuses"] = Names<RemediationStatus>(RemediationTexts.StatusName),
            ["ratings"] = Names<Rating>(r => r.DisplayName()),
            ["findingTypes"] = Names<FindingType>(FindingTexts.TypeName),
            ["documentKinds"] = Names<DocumentKind>(DocumentKindName),
            ["messages"] = new Dictionary<string, string>
            {
                ["invalidLink"] = InvalidLink,
                ["invalidLinkHelp"] = InvalidLinkHelp,
                ["loading"] = Loading,
                ["loadFailed"] = LoadFailed,
                ["networkError"] = NetworkError,
                ["sending"] = Sending,
                ["sendFailed"] = SendFailed,
                ["selfReportSent"] = SelfReportSent,
                ["feedbackSent"] = FeedbackSent,
                ["remediationSent"] = RemediationSent,
                ["noDocuments"] = NoDocuments,
                ["noActionNeeded"] = NoActionNeeded,
                ["fileRequired"] = FileRequired,
                ["textRequired"] = TextRequired,
                ["download"] = Download,
                ["feedbackGiven"] = FeedbackGiven,
                ["attachment"] = Attachment,
                ["revision"] = Revision,
                ["submittedAt"] = SubmittedAt,
                ["dueDate"] = DueDate,
                ["responsible"] = Responsible,
                ["status"] = Status,
                ["followUpRequested"] = FollowUpRequested,
                ["rating"] = Rating,
                ["conclusionNumber"] = ConclusionNumber,
                ["selfReportDue"] = SelfReportDue,
                ["visitDay"] = VisitDay,
                ["feedbackDue"] = FeedbackDue,
                ["cancelReason"] = CancelReason,
                ["renewalSent"] = RenewalSent,
                ["membersNoun"] = FindingTexts.MembersNoun,
            },
        };
        foreach (var kind in Enum.GetValues<InspectionKind>())
        {
            texts[KindKey(kind)] = ForKind(kind);
        }

        return texts;
    }

    /// <summary>The key of a kind's own wording in <see cref="ForScript"/>: "kind:Supervision".</summary>
    public static string KindKey(InspectionKind kind) => "kind:" + kind;

    /// <summary>
    /// What the page words differently for a supervision (giám sát) or a follow-up (phúc tra): headings and labels
    /// marked <c>data-kind-text</c> in the page, the stage names and the messages that name the activity.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ForKind(InspectionKind kind)
    {
        string activity = InspectionTexts.ActivityNoun(kind);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = "Cuộc " + activity,
            ["inspectionIdLabel"] = "Mã cuộc " + activity + ": ",
            ["coveredPeriod"] = "Thời kỳ " + activity,
            ["selfReportHeading"] = "Gửi " + InspectionTexts.SelfReportNoun(kind),
            ["draftsHeading"] = "Dự thảo báo cáo kết quả " + activity,
            ["conclusionHeading"] = "Thông báo kết luận " + activity,
            ["selfReportDue"] = "Hạn gửi " + InspectionTexts.SelfReportNoun(kind),
            ["selfReportSent"] = "Đã gửi " + InspectionTexts.SelfReportNoun(kind) + ". Đoàn " + activity + " sẽ tiếp nhận.",
        };
        foreach (var stage in Enum.GetValues<InspectionStage>())
        {
            texts["stage:" + stage] = InspectionTexts.StageName(stage, kind);
        }

        return texts;
    }

    public static string DocumentKindName(DocumentKind kind) => kind switch
    {
        DocumentKind.TeamDecision => "Quyết định thành lập đoàn",
        DocumentKind.Notice => "Thông báo kiểm tra, giám sát",
        DocumentKind.SelfReport => "Báo cáo tự kiểm tra",
        DocumentKind.DraftReport => "Dự thảo báo cáo",
        DocumentKind.UnitFeedback => "Ý kiến giải trình",
        DocumentKind.Conclusion => "Thông báo kết luận",
        DocumentKind.RemediationReport => "Báo cáo khắc phục",
        DocumentKind.AnnualPlan => "Kế hoạch kiểm tra, giám sát",
        DocumentKind.YearEndReport => "Báo cáo kết quả thực hiện kế hoạch",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static Dictionary<string, string> Names<TEnum>(Func<TEnum, string> name)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToDictionary(value => value.ToString(), name, StringComparer.Ordinal);
}

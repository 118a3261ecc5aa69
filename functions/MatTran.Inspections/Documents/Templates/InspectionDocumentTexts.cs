using MatTran.Inspections.Inspections;

namespace MatTran.Inspections.Documents.Templates;

/// <summary>
/// The Vietnamese wording of the inspection documents. Patterns use composite-format holes; the comment above each
/// says what goes in them. Kept apart from the template logic so wording can be reviewed and changed in one place.
/// </summary>
public static class InspectionDocumentTexts
{
    /// <summary>The engagement as a lower-case noun in running text: "Đoàn kiểm tra", "báo cáo tự giám sát".</summary>
    public static string ActivityNoun(InspectionKind kind) => InspectionTexts.ActivityNoun(kind);

    public static string Role(TeamRole role) => role switch
    {
        TeamRole.Lead => "Trưởng đoàn",
        TeamRole.DeputyLead => "Phó Trưởng đoàn",
        TeamRole.Secretary => "Thư ký",
        TeamRole.Member => "Thành viên",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>{0} name, {1} position, {2} role.</summary>
    public const string TeamMemberPattern = "Đồng chí {0}, {1} - {2};";

    /// <summary>{0} plan number, {1} plan date, {2} issuer (sentence case), {3} what the plan is about.</summary>
    public const string PlanCitationPattern = "Kế hoạch số {0} ngày {1} của {2} về {3}";

    /// <summary>{0} decision number, {1} decision date, {2} activity.</summary>
    public const string DecisionCitationPattern = "Quyết định số {0} ngày {1} về việc thành lập Đoàn {2}";

    // Team decision (Quyết định thành lập đoàn kiểm tra).

    /// <summary>{0} activity, {1} unit.</summary>
    public const string TeamDecisionSubtitle = "Về việc thành lập Đoàn {0} đối với {1}";

    public static readonly IReadOnlyList<string> TeamDecisionLegalBases =
    [
        "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015;",
        "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;",
    ];

    /// <summary>{0} plan citation.</summary>
    public const string TeamDecisionPlanBasis = "Căn cứ {0};";

    public const string TeamDecisionOperative = "QUYẾT ĐỊNH:";

    public const string Article1 = "Điều 1.";

    /// <summary>{0} activity, {1} issuer (sentence case), {2} unit.</summary>
    public const string Article1Text = "Thành lập Đoàn {0} của {1} đối với {2}, gồm các đồng chí có tên sau:";

    public const string Article2 = "Điều 2.";

    /// <summary>{0} activity, {1} topics, {2} covered from, {3} covered to, {4} visit date.</summary>
    public const string Article2Text =
        "Đoàn {0} có nhiệm vụ {0} các nội dung: {1}; thời kỳ {0} từ {2} đến {3}. Thời gian làm việc với đơn vị: ngày {4}. " +
        "Đoàn tự giải thể sau khi hoàn thành nhiệm vụ.";

    public const string Article3 = "Điều 3.";

    /// <summary>{0} unit.</summary>
    public const string Article3Text =
        "Các đồng chí có tên tại Điều 1, {0} và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.";

    public const string AsArticle3 = "Như Điều 3";

    // Notice (Thông báo kiểm tra / kế hoạch chi tiết).

    /// <summary>{0} activity, {1} unit.</summary>
    public const string NoticeSubtitle = "Về việc {0} đối với {1}";

    /// <summary>{0} plan citation, {1} decision citation, {2} issuer (sentence case), {3} activity, {4} unit.</summary>
    public const string NoticeOpening =
        "Thực hiện {0}; {1}, {2} thông báo kế hoạch {3} đối với {4} như sau:";

    /// <summary>{0} activity.</summary>
    public const string NoticeTopicsHeading = "1. Nội dung {0}";

    /// <summary>{0} activity.</summary>
    public const string NoticePeriodHeading = "2. Thời kỳ {0}";

    /// <summary>{0} from (MM/yyyy), {1} to (MM/yyyy).</summary>
    public const string NoticePeriodText = "Từ tháng {0} đến tháng {1}.";

    public const string NoticeScheduleHeading = "3. Thời gian, địa điểm làm việc";

    /// <summary>{0} visit date, {1} place.</summary>
    public const string NoticeScheduleText = "Đoàn làm việc với đơn vị vào ngày {0} tại {1}.";

    public const string NoticeTeamHeading = "4. Thành phần Đoàn";

    public const string NoticeRequestsHeading = "5. Đề nghị đơn vị";

    /// <summary>{0} what the unit reports (báo cáo tự kiểm tra / tự giám sát / kết quả thực hiện kết luận), {1} issuer (sentence case), {2} self-report due date.</summary>
    public const string NoticeSelfReportRequest =
        "Xây dựng {0} theo các nội dung trên, gửi về {1} trước ngày {2} qua đường liên kết trong thư điện tử thông báo.";

    public const string NoticePreparationRequest =
        "Bố trí thành phần làm việc với Đoàn; chuẩn bị đầy đủ hồ sơ, sổ sách, tài liệu có liên quan.";

    /// <summary>{0} unit.</summary>
    public const string NoticeClosing = "Đề nghị {0} phối hợp thực hiện./.";

    // Conclusion notice (Thông báo kết luận kiểm tra).

    /// <summary>{0} activity, {1} unit.</summary>
    public const string ConclusionSubtitle = "Kết luận {0} đối với {1}";

    /// <summary>{0} plan citation, {1} decision citation, {2} visit date, {3} activity, {4} unit, {5} issuer (sentence case).</summary>
    public const string ConclusionOpening =
        "Thực hiện {0}; {1}, ngày {2} Đoàn {3} đã làm việc với {4}. Trên cơ sở báo cáo của đơn vị, kết quả {3} " +
        "và ý kiến giải trình của đơn vị, {5} thông báo kết luận như sau:";

    public const string AchievementsHeading = "I. KẾT QUẢ ĐẠT ĐƯỢC";

    public const string LimitationsHeading = "II. HẠN CHẾ";

    public const string CausesHeading = "III. NGUYÊN NHÂN";

    public const string RecommendationsHeading = "IV. KIẾN NGHỊ";

    public const string RatingHeading = "V. XẾP LOẠI";

    public const string NoneFound = "Không có.";

    /// <summary>{0} recommendation, {1} responsible party, {2} due date.</summary>
    public const string RecommendationPattern = "{0} Trách nhiệm thực hiện: {1}. Thời hạn hoàn thành: trước ngày {2}.";

    /// <summary>{0} unit, {1} rating.</summary>
    public const string RatingText = "{0} được xếp loại: {1}.";

    /// <summary>{0} activity.</summary>
    public const string FollowUpAnnouncement = "Sau thời hạn khắc phục, Ban Thường trực sẽ tổ chức phúc tra việc thực hiện Thông báo kết luận {0} này.";

    /// <summary>{0} unit, {1} issuer (sentence case).</summary>
    public const string ConclusionClosing =
        "Đề nghị {0} tổ chức thực hiện các kiến nghị nêu trên và báo cáo kết quả khắc phục về {1} đúng thời hạn./.";

    // Draft report (Dự thảo báo cáo kết quả kiểm tra).

    /// <summary>{0} activity, {1} unit.</summary>
    public const string DraftSubtitle = "Kết quả {0} đối với {1}";

    /// <summary>{0} plan citation, {1} visit date, {2} activity, {3} unit.</summary>
    public const string DraftOpening = "Thực hiện {0}, ngày {1} Đoàn {2} đã làm việc với {3}. Đoàn báo cáo dự thảo kết quả như sau:";

    /// <summary>{0} unit, {1} feedback deadline, {2} revision.</summary>
    public const string DraftFeedbackRequest =
        "Đề nghị {0} nghiên cứu, cho ý kiến và giải trình (nếu có) đối với dự thảo lần {2} này trước ngày {1}; quá thời hạn trên, Đoàn hoàn thiện báo cáo theo dự thảo./.";
}

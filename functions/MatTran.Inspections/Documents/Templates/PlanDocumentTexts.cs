namespace MatTran.Inspections.Documents.Templates;

/// <summary>The Vietnamese wording of the plan's own documents: the annual plan (KH) and the year-end report (BC).</summary>
public static class PlanDocumentTexts
{
    public static readonly IReadOnlyList<string> LegalBases =
    [
        "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015;",
        "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;",
    ];

    /// <summary>{0} issuer (sentence case), {1} what the plan is about.</summary>
    public const string PlanOpening = "{0} ban hành Kế hoạch {1} như sau:";

    public const string PurposeHeading = "I. MỤC ĐÍCH, YÊU CẦU";

    public static readonly IReadOnlyList<string> Purposes =
    [
        "Nắm tình hình, đánh giá kết quả thực hiện nhiệm vụ công tác Mặt trận của các đơn vị; kịp thời phát hiện ưu điểm để phát huy, hạn chế để khắc phục.",
        "Việc kiểm tra, giám sát bảo đảm đúng nguyên tắc, khách quan, không gây phiền hà cho cơ sở; lồng ghép các đợt kiểm tra, giám sát đối với cùng một đơn vị.",
    ];

    public const string TopicsHeading = "II. NỘI DUNG";

    public const string TargetsHeading = "III. CHỈ TIÊU";

    /// <summary>{0} the target's wording.</summary>
    public const string TargetLine = "Phấn đấu {0};";

    public const string ScheduleHeading = "IV. ĐỐI TƯỢNG, HÌNH THỨC, THỜI GIAN";

    /// <summary>{0} total, {1} counts by kind.</summary>
    public const string ScheduleTotal = "Tổng số {0} cuộc ({1}), cụ thể:";

    /// <summary>{0} unit, {1} kind, {2} visit date, {3} covered from, {4} covered to, {5} team lead.</summary>
    public const string ScheduleLine = "{0}: {1}, ngày {2}; thời kỳ từ tháng {3} đến tháng {4}; trưởng đoàn: {5}.";

    public const string OrganisationHeading = "V. TỔ CHỨC THỰC HIỆN";

    public static readonly IReadOnlyList<string> Organisation =
    [
        "Các ban, Văn phòng cơ quan Ủy ban MTTQ theo chức năng, nhiệm vụ tham mưu thành lập các đoàn, xây dựng đề cương, thông báo và tổ chức thực hiện kế hoạch.",
        "Các đơn vị được kiểm tra, giám sát xây dựng báo cáo theo đề cương, chuẩn bị hồ sơ, tài liệu và bố trí thành phần làm việc với đoàn.",
        "Văn phòng tổng hợp kết quả, báo cáo Ban Thường trực khi kết thúc năm.",
    ];

    public const string ClosingPlan = "Trên đây là Kế hoạch {0} của {1}./.";

    public const string RecipientsUnits = "Các đơn vị được kiểm tra, giám sát";

    public const string RecipientsDepartments = "Các ban, Văn phòng";

    /// <summary>{0} the parent committee's standing board.</summary>
    public const string RecipientsReportTo = "Ban Thường trực {0} (để báo cáo)";

    // Year-end report (Báo cáo kết quả thực hiện kế hoạch).

    /// <summary>{0} plan citation.</summary>
    public const string ReportSubtitle = "Kết quả thực hiện {0}";

    /// <summary>{0} plan citation, {1} issuer (sentence case).</summary>
    public const string ReportOpening = "Thực hiện {0}, {1} báo cáo kết quả như sau:";

    public const string ReportResultsHeading = "I. KẾT QUẢ THỰC HIỆN";

    public const string ReportCountsHeading = "1. Số cuộc kiểm tra, giám sát";

    /// <summary>{0} kind name, {1} level name, {2} planned, {3} done, {4} cancelled, {5} in progress.</summary>
    public const string ReportCountLine = "{0} - {1}: kế hoạch {2} cuộc; đã hoàn thành {3}; dừng {4}; đang thực hiện {5}.";

    public const string ReportRatingsHeading = "2. Kết quả xếp loại";

    /// <summary>{0} counts by rating, {1} rated, {2} good or above count, {3} share.</summary>
    public const string ReportRatingsLine = "{0}. Trong {1} lượt xếp loại, có {2} lượt xếp loại tốt trở lên, đạt {3}%.";

    public const string ReportRecommendationsHeading = "3. Kiến nghị và kết quả khắc phục";

    /// <summary>{0} total, {1} accepted, {2} share accepted, {3} overdue.</summary>
    public const string ReportRecommendationsLine = "Tổng số {0} kiến nghị; đã khắc phục xong {1}, đạt {2}%; quá hạn chưa khắc phục {3}.";

    /// <summary>{0} addressee, {1} total, {2} accepted, {3} overdue.</summary>
    public const string ReportAddresseeLine = "{0}: {1} kiến nghị, đã khắc phục {2}, quá hạn {3};";

    public const string ReportFindingsHeading = "4. Kết quả theo nội dung";

    /// <summary>{0} topic, {1} achievements, {2} limitations, {3} causes.</summary>
    public const string ReportFindingLine = "{0}: {1} kết quả, {2} hạn chế, {3} nguyên nhân;";

    public const string ReportTargetsHeading = "II. THỰC HIỆN CHỈ TIÊU";

    /// <summary>{0} target wording, {1} actual share, {2} count, {3} total, {4} met or not.</summary>
    public const string ReportTargetLine = "Chỉ tiêu {0}: đạt {1}% ({2}/{3}), {4}.";

    public const string TargetMet = "hoàn thành chỉ tiêu";

    public const string TargetNotMet = "chưa hoàn thành chỉ tiêu";

    public const string ReportNoTargets = "Kế hoạch không đặt chỉ tiêu.";

    public const string ReportDirectionHeading = "III. PHƯƠNG HƯỚNG";

    public const string ReportDirection =
        "Tiếp tục theo dõi, đôn đốc các đơn vị khắc phục các kiến nghị còn quá hạn; tổ chức phúc tra đối với các đơn vị chưa khắc phục; lồng ghép các đợt kiểm tra, giám sát năm sau để giảm áp lực cho cơ sở.";

    /// <summary>{0} plan citation, {1} issuer.</summary>
    public const string ReportClosing = "Trên đây là báo cáo kết quả thực hiện {0} của {1}./.";

    public const string None = "Không có.";
}

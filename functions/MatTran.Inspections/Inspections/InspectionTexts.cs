namespace MatTran.Inspections.Inspections;

/// <summary>Vietnamese names of inspection kinds and stages for pages and emails.</summary>
public static class InspectionTexts
{
    public static string KindName(InspectionKind kind) => kind switch
    {
        InspectionKind.Inspection => "Kiểm tra",
        InspectionKind.Supervision => "Giám sát",
        InspectionKind.FollowUp => "Phúc tra",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The engagement as a lower-case noun in running text: "kiểm tra", "giám sát", "phúc tra".</summary>
    public static string ActivityNoun(InspectionKind kind) => kind switch
    {
        InspectionKind.Inspection => "kiểm tra",
        InspectionKind.Supervision => "giám sát",
        InspectionKind.FollowUp => "phúc tra",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// What the unit reports before the visit: its own review for an inspection or a supervision, and for a follow-up
    /// (phúc tra) the report on carrying out the earlier conclusion.
    /// </summary>
    public static string SelfReportNoun(InspectionKind kind) => kind switch
    {
        InspectionKind.FollowUp => "báo cáo kết quả thực hiện kết luận",
        _ => "báo cáo tự " + ActivityNoun(kind),
    };

    /// <summary>
    /// A stage as named for this kind of engagement: a supervised unit waits for "báo cáo tự giám sát", a follow-up for
    /// "kết quả phúc tra"; the other stages read the same for every kind.
    /// </summary>
    public static string StageName(InspectionStage stage, InspectionKind kind) => stage switch
    {
        InspectionStage.AwaitingSelfReport => "Chờ " + SelfReportNoun(kind),
        InspectionStage.AwaitingFindings => "Chờ kết quả " + ActivityNoun(kind),
        _ => StageName(stage),
    };

    /// <summary>The stage name in an inspection's wording (<see cref="StageName(InspectionStage, InspectionKind)"/> for the others).</summary>
    public static string StageName(InspectionStage stage) => stage switch
    {
        InspectionStage.Scheduled => "Đã lên lịch",
        InspectionStage.NoticeSent => "Đã gửi thông báo",
        InspectionStage.AwaitingSelfReport => "Chờ báo cáo tự kiểm tra",
        InspectionStage.AwaitingVisit => "Chờ làm việc tại đơn vị",
        InspectionStage.AwaitingFindings => "Chờ kết quả kiểm tra",
        InspectionStage.AwaitingUnitFeedback => "Chờ đơn vị giải trình",
        InspectionStage.AwaitingApproval => "Chờ phê duyệt kết luận",
        InspectionStage.ConclusionIssued => "Đã ban hành kết luận",
        InspectionStage.Remediation => "Đang khắc phục",
        InspectionStage.FollowUp => "Phúc tra",
        InspectionStage.Closed => "Đã kết thúc",
        InspectionStage.Cancelled => "Đã hủy",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}

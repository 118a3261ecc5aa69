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

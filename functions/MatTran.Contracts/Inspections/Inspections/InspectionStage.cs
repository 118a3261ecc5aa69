namespace MatTran.Inspections.Inspections;

/// <summary>Where one inspection stands in the lifecycle of DESIGN.md §5; the names are part of the HTTP API.</summary>
public enum InspectionStage
{
    Scheduled,
    NoticeSent,
    AwaitingSelfReport,
    AwaitingVisit,
    AwaitingFindings,
    AwaitingUnitFeedback,
    AwaitingApproval,
    ConclusionIssued,
    Remediation,
    FollowUp,
    Closed,
    Cancelled,
}

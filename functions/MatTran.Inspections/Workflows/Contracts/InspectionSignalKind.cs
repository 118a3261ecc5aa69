namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>What a person asked an inspection orchestration to do.</summary>
public enum InspectionSignalKind
{
    Reschedule,
    Cancel,
    SelfReport,
    Findings,
    Feedback,
    Conclusion,
    Approve,
    Return,
}

namespace MatTran.Inspections.ReadModel.Plans;

public enum PlanApprovalOutcome
{
    NotFound,

    Approved,

    /// <summary>Approved before (possibly by a concurrent request); approval is idempotent.</summary>
    AlreadyApproved,

    /// <summary>Launched or completed: past the point where approval means anything.</summary>
    NotDraft,

    /// <summary>The plan is not the version the caller expected, or kept changing under us; read it again and retry.</summary>
    ConcurrentUpdate,
}

namespace MatTran.Inspections.ReadModel.Plans;

public enum PlanApprovalOutcome
{
    NotFound,

    Approved,

    /// <summary>Approved before (possibly by a concurrent request); approval is idempotent.</summary>
    AlreadyApproved,

    /// <summary>Launched or completed: past the point where approval means anything.</summary>
    NotDraft,

    /// <summary>The plan row kept changing under us; the caller should retry.</summary>
    ConcurrentUpdate,
}

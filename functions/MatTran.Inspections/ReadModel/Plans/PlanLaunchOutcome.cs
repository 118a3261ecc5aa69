namespace MatTran.Inspections.ReadModel.Plans;

public enum PlanLaunchOutcome
{
    NotFound,

    /// <summary>Still a draft: the standing board has to approve it before it can run.</summary>
    NotApproved,

    Launched,

    /// <summary>Launched (or completed) before, possibly by a concurrent request; launching is idempotent.</summary>
    AlreadyLaunched,
}

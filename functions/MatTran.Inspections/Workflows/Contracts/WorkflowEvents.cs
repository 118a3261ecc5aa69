namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>
/// External event names. Each orchestration listens on one name and reads the kind from the payload: a request that
/// arrives while the orchestration waits for something else is then consumed and ignored (and audited) instead of
/// staying buffered and answering a later, unrelated wait.
/// </summary>
public static class WorkflowEvents
{
    /// <summary>Raised on an inspection instance (instance id = inspection id) with an <see cref="InspectionSignal"/>.</summary>
    public const string InspectionSignal = "InspectionSignal";

    /// <summary>Raised on a remediation instance (instance id = remediation id) with a <see cref="RemediationSignal"/>.</summary>
    public const string RemediationSignal = "RemediationSignal";
}

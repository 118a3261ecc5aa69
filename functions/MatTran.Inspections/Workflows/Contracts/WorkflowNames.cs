namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>Registered names of the orchestrators, so the host, the HTTP API and the tests cannot spell them differently.</summary>
public static class WorkflowNames
{
    public const string AnnualPlan = "AnnualPlan";
    public const string Inspection = "Inspection";
    public const string Remediation = "Remediation";
}

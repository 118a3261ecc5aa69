namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>What a person asked a remediation orchestration to do.</summary>
public enum RemediationSignalKind
{
    Report,
    Accept,
    Reject,
}

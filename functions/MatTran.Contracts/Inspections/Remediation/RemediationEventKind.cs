namespace MatTran.Inspections.Remediation;

public enum RemediationEventKind
{
    Opened,
    Reported,
    Accepted,
    Rejected,
    BecameOverdue,
}

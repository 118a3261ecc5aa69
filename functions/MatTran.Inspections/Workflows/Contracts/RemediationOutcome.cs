using MatTran.Inspections.Remediation;

namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>How one remediation ended: Accepted, or Overdue when escalated without an accepted report.</summary>
public sealed record RemediationOutcome(string RemediationId, RemediationStatus Status);

using MatTran.Inspections.Remediation;

namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>The item after a transition; <see cref="DueDate"/> changes when the team rejects with a new one.</summary>
public sealed record RemediationRecorded(RemediationStatus Status, DateOnly DueDate);

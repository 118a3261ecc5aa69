using MatTran.Inspections.Ratings;

namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>The approved conclusion as the orchestration needs it: one remediation per recommendation.</summary>
public sealed record IssuedConclusion(IReadOnlyList<RemediationInput> Remediations, bool FollowUpRequested, Rating Rating);

namespace MatTran.Api.Plans;

/// <param name="Overlaps">Warnings, not errors: visits of the new plan that meet another planned visit of the same unit.</param>
public sealed record PlanCreated(string Id, IReadOnlyList<PlanOverlapResponse>? Overlaps = null);

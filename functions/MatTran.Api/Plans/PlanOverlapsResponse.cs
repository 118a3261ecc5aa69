namespace MatTran.Api.Plans;

/// <summary><c>GET /api/plans/{id}/overlaps</c>: the plan's overlap warnings and the window they were found in.</summary>
public sealed record PlanOverlapsResponse(string PlanId, int WindowDays, IReadOnlyList<PlanOverlapResponse> Overlaps);

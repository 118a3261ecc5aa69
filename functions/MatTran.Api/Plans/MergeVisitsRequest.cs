namespace MatTran.Api.Plans;

/// <summary>Body of <c>POST /api/plans/{id}/merge</c>: fold visit <paramref name="Merged"/> into visit <paramref name="Into"/>.</summary>
public sealed record MergeVisitsRequest(string? Into, string? Merged);

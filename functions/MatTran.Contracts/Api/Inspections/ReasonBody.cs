namespace MatTran.Api.Inspections;

/// <summary>Body of <c>POST /api/inspections/{id}/cancel</c>.</summary>
public sealed record ReasonBody(string? Reason);

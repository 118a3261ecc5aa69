namespace MatTran.Api.Remediations;

/// <summary>Body of <c>POST /api/remediations/{id}/reject</c>.</summary>
public sealed record RejectBody(string? Comment, DateOnly? NewDueDate);

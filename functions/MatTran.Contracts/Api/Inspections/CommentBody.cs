namespace MatTran.Api.Inspections;

/// <summary>Body of <c>POST /api/inspections/{id}/conclusion/return</c> and <c>POST /api/remediations/{id}/accept</c>.</summary>
public sealed record CommentBody(string? Comment);

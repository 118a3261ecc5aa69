using MatTran.Api.Http;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Inspections;

/// <summary>Body of <c>POST /api/inspections/{id}/conclusion/return</c> and <c>POST /api/remediations/{id}/accept</c>.</summary>
public sealed record CommentBody([property: TextLimit(TextLimits.Comment)] string? Comment) : IRequestBody;

using MatTran.Api.Http;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Remediations;

/// <summary>Body of <c>POST /api/remediations/{id}/reject</c>.</summary>
public sealed record RejectBody([property: TextLimit(TextLimits.Comment)] string? Comment, DateOnly? NewDueDate) : IRequestBody;

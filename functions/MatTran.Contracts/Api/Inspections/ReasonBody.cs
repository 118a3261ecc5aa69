using MatTran.Api.Http;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Inspections;

/// <summary>Body of <c>POST /api/inspections/{id}/cancel</c>.</summary>
public sealed record ReasonBody([property: TextLimit(TextLimits.Reason)] string? Reason) : IRequestBody;

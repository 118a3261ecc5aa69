using MatTran.Api.Http;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Plans;

/// <summary>Body of <c>POST /api/plans/{id}/merge</c>: fold visit <paramref name="Merged"/> into visit <paramref name="Into"/>.</summary>
public sealed record MergeVisitsRequest(
    [property: TextLimit(TextLimits.Id, SingleLine = true)] string? Into,
    [property: TextLimit(TextLimits.Id, SingleLine = true)] string? Merged) : IRequestBody;

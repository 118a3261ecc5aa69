using MatTran.Api.Http;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Inspections;

/// <summary>Body of <c>POST /api/inspections/{id}/findings</c>; nullable members reach the validator and its codes.</summary>
public sealed record FindingsBody(
    [property: MaxItems(TextLimits.MaxFindings)] IReadOnlyList<FindingBody?>? Findings,
    [property: TextLimit(TextLimits.DraftReport)] string? DraftReport) : IRequestBody
{
    // An absent enum must fail validation (type/unit invalid), not silently become the first member.
    public FindingsSubmission ToSubmission() => new(
        [.. (Findings ?? []).Select(f => new Finding(
            f?.Topic ?? string.Empty,
            f?.Type ?? (FindingType)(-1),
            f?.Text ?? string.Empty,
            [.. (f?.Figures ?? []).Select(g => new Figure(g?.Label ?? string.Empty, g?.Value ?? 0, g?.Unit ?? (FigureUnit)(-1)))]))],
        DraftReport ?? string.Empty);
}

using MatTran.Api.Http;
using MatTran.Inspections.Conclusions;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Inspections;

/// <summary>Body of <c>POST /api/inspections/{id}/conclusion</c>.</summary>
public sealed record ConclusionBody(
    [property: TextLimit(TextLimits.ConclusionText)] string? Text,
    Rating? Rating,
    [property: MaxItems(TextLimits.MaxRecommendations)] IReadOnlyList<RecommendationBody?>? Recommendations,
    bool? FollowUp) : IRequestBody
{
    // A missing rating fails as conclusion.rating.invalid; a missing due date as dueDate.past (it is not after today).
    public Conclusion ToConclusion() => new(
        Text ?? string.Empty,
        Rating ?? (Rating)(-1),
        [.. (Recommendations ?? []).Select(r => new Recommendation(
            r?.Text ?? string.Empty, r?.Responsible ?? string.Empty, r?.DueDate ?? default, Blank(r?.UnitId), Blank(r?.DepartmentId), Blank(r?.OwnerStaffId)))],
        FollowUp ?? false);

    private static string? Blank(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.Trim();
}

using MatTran.Inspections.Validation;

namespace MatTran.Api.Inspections;

public sealed record RecommendationBody(
    [property: TextLimit(TextLimits.RecommendationText)] string? Text,
    [property: TextLimit(TextLimits.Responsible, SingleLine = true)] string? Responsible,
    DateOnly? DueDate);

using MatTran.Inspections.Findings;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Inspections;

public sealed record FindingBody(
    [property: TextLimit(TextLimits.Topic)] string? Topic,
    FindingType? Type,
    [property: TextLimit(TextLimits.FindingText)] string? Text,
    [property: MaxItems(TextLimits.MaxFigures)] IReadOnlyList<FigureBody?>? Figures);

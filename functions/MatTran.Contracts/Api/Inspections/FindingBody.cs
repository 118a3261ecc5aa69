using MatTran.Inspections.Findings;

namespace MatTran.Api.Inspections;

public sealed record FindingBody(string? Topic, FindingType? Type, string? Text, IReadOnlyList<FigureBody?>? Figures);

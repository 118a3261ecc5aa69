using MatTran.Inspections.Findings;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Inspections;

public sealed record FigureBody([property: TextLimit(TextLimits.FigureLabel, SingleLine = true)] string? Label, decimal? Value, FigureUnit? Unit);

using MatTran.Inspections.Findings;

namespace MatTran.Api.Inspections;

public sealed record FigureBody(string? Label, decimal? Value, FigureUnit? Unit);

using MatTran.Inspections.Findings;

namespace MatTran.Functions.Inspections;

public sealed record FigureBody(string? Label, decimal? Value, FigureUnit? Unit);

namespace MatTran.Inspections.Findings;

/// <summary>A number quoted in a finding, e.g. "Quỹ Vì người nghèo" = 1 250 000 000 Vnd, or "Nhà Đại đoàn kết" = 2 Count.</summary>
public sealed record Figure(string Label, decimal Value, FigureUnit Unit);

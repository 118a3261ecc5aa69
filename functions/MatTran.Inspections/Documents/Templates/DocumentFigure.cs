namespace MatTran.Inspections.Documents.Templates;

/// <summary>
/// A figure quoted in a finding, printed "{Label}: {Value} {Unit}", e.g.
/// "Quỹ Vì người nghèo vận động được: 7.955.058.171 đồng".
/// </summary>
public sealed record DocumentFigure(string Label, decimal Value, string Unit);

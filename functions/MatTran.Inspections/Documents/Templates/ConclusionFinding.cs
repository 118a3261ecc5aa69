namespace MatTran.Inspections.Documents.Templates;

/// <summary>One finding as the conclusion prints it, under its topic.</summary>
public sealed record ConclusionFinding(string Topic, string Text, IReadOnlyList<DocumentFigure> Figures);

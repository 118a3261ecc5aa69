namespace MatTran.Inspections.Findings;

/// <summary>One statement of the inspection team about one topic of the plan.</summary>
public sealed record Finding(string Topic, FindingType Type, string Text, IReadOnlyList<Figure> Figures);

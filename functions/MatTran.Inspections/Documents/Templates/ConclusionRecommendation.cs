namespace MatTran.Inspections.Documents.Templates;

/// <summary>A recommendation with who must act and by when.</summary>
public sealed record ConclusionRecommendation(string Text, string Responsible, DateOnly DueDate);

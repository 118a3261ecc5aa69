namespace MatTran.Inspections.Conclusions;

/// <summary>Kiến nghị: what must be fixed, who answers for it, and by when. Each becomes a remediation item.</summary>
public sealed record Recommendation(string Text, string Responsible, DateOnly DueDate);

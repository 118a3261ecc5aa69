namespace MatTran.Inspections.Findings;

/// <summary>The unit's explanation (giải trình) on one draft revision, as text and/or an uploaded file.</summary>
public sealed record UnitFeedback(int DraftRevision, string? Text, DateTimeOffset SubmittedAt, string? DocumentId);

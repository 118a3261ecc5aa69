namespace MatTran.Inspections.Findings;

/// <summary>One version of the draft report (dự thảo báo cáo); every revision is kept, numbered from 1.</summary>
/// <param name="DocumentId">The generated or uploaded file in Blob storage, when there is one.</param>
public sealed record DraftReportRevision(int Revision, string Text, DateTimeOffset SubmittedAt, string SubmittedBy, string? DocumentId);

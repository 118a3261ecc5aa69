namespace MatTran.Inspections.Remediation;

/// <summary>One entry of a remediation item's history.</summary>
/// <param name="Text">The unit's report text or the team's comment.</param>
/// <param name="DueDate">The due date in force after this event.</param>
/// <param name="DocumentId">Evidence uploaded with a report.</param>
public sealed record RemediationEvent(DateTimeOffset At, RemediationEventKind Kind, string Actor, string? Text, DateOnly DueDate, string? DocumentId = null);

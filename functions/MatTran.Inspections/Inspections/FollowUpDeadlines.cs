namespace MatTran.Inspections.Inspections;

/// <summary>A deadline that starts from an event (draft sent, conclusion submitted, recommendation due) with its reminders and escalation.</summary>
/// <param name="Reminders">Ascending and distinct.</param>
/// <param name="Escalation">When the matter goes up to the planner if still not done.</param>
public sealed record FollowUpDeadlines(DateOnly Deadline, IReadOnlyList<DateOnly> Reminders, DateOnly Escalation);

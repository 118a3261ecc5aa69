namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>A deadline that starts from an event (draft sent, conclusion submitted, recommendation due) as timers.</summary>
public sealed record WindowSchedule(DueDay Deadline, IReadOnlyList<DueDay> Reminders, DueDay Escalation);

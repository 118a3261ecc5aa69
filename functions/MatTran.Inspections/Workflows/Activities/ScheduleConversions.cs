using MatTran.Inspections.Inspections;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>Deadline dates as the timers the orchestrations set: each day with the instant it fires.</summary>
internal static class ScheduleConversions
{
    public static DueDay Due(this InspectionTimeline timeline, DateOnly day) => new(day, timeline.At(day).UtcDateTime);

    public static InspectionSchedule Schedule(this InspectionTimeline timeline, InspectionDeadlines deadlines) => new(
        timeline.Due(deadlines.NoticeDate),
        timeline.Due(deadlines.SelfReportDue),
        [.. deadlines.SelfReportReminders.Select(timeline.Due)],
        timeline.Due(deadlines.SelfReportEscalation),
        timeline.Due(deadlines.VisitDate),
        [.. deadlines.FindingsReminders.Select(timeline.Due)]);

    public static WindowSchedule Window(this InspectionTimeline timeline, FollowUpDeadlines deadlines) => new(
        timeline.Due(deadlines.Deadline),
        [.. deadlines.Reminders.Select(timeline.Due)],
        timeline.Due(deadlines.Escalation));
}

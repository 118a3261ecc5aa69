using MatTran.Inspections.Calendar;

namespace MatTran.Inspections.Inspections;

/// <summary>
/// Computes every date of an inspection from the working-day calendar and the schedule policy. Pure: the
/// orchestrator asks it for dates and turns them into durable timers with <see cref="At"/>.
/// </summary>
public sealed class InspectionTimeline
{
    private readonly WorkingDayCalendar calendar;
    private readonly InspectionSchedulePolicy policy;

    public InspectionTimeline(WorkingDayCalendar calendar, InspectionSchedulePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(policy);
        Check(policy);
        this.calendar = calendar;
        this.policy = policy;
    }

    /// <summary>Notice, self-report due date, its reminders and escalation, and findings reminders for a visit.</summary>
    public InspectionDeadlines ForVisit(DateOnly visitDate)
    {
        var due = calendar.AddWorkingDays(visitDate, -policy.SelfReportDueWorkingDaysBeforeVisit);
        return new InspectionDeadlines(
            visitDate,
            NoticeDate: calendar.AddWorkingDays(visitDate, -policy.NoticeLeadWorkingDays),
            SelfReportDue: due,
            SelfReportReminders: RemindersBefore(due, policy.SelfReportReminderWorkingDaysBeforeDue),
            SelfReportEscalation: calendar.AddWorkingDays(due, policy.SelfReportEscalationWorkingDaysAfterDue),
            FindingsReminders: [.. policy.FindingsReminderWorkingDaysAfterVisit.Distinct().Order().Select(n => calendar.AddWorkingDays(visitDate, n))]);
    }

    /// <summary>The unit's feedback window, starting the day the draft report is sent. The escalation is the deadline itself: the team then proceeds without feedback.</summary>
    public FollowUpDeadlines UnitFeedback(DateOnly draftSentOn)
    {
        var deadline = calendar.AddWorkingDays(draftSentOn, policy.UnitFeedbackWindowWorkingDays);
        return new FollowUpDeadlines(deadline, RemindersBefore(deadline, policy.UnitFeedbackReminderWorkingDaysBeforeDeadline), deadline);
    }

    /// <summary>
    /// Supervisor reminder and escalation for a conclusion submitted on <paramref name="submittedOn"/>. Approval has
    /// no formal deadline; the escalation day serves as one.
    /// </summary>
    public FollowUpDeadlines SupervisorApproval(DateOnly submittedOn)
    {
        var reminder = calendar.AddWorkingDays(submittedOn, policy.SupervisorReminderWorkingDays);
        var escalation = calendar.AddWorkingDays(submittedOn, policy.SupervisorEscalationWorkingDays);
        return new FollowUpDeadlines(escalation, [reminder], escalation);
    }

    /// <summary>
    /// Reminders and overdue escalation of a recommendation. Its due date is chosen by people and may fall on a
    /// day off; reminders then move to the last working day before it, so "on the due day" still reaches someone.
    /// </summary>
    public FollowUpDeadlines Remediation(DateOnly dueDate) =>
        new(dueDate, RemindersBefore(dueDate, policy.RemediationReminderWorkingDaysBeforeDue), calendar.AddWorkingDays(dueDate, policy.RemediationEscalationWorkingDaysAfterDue));

    /// <summary>The instant a timer for <paramref name="day"/> fires: <see cref="InspectionSchedulePolicy.TimeOfDay"/> local time, in UTC.</summary>
    public DateTimeOffset At(DateOnly day) => new DateTimeOffset(day.ToDateTime(policy.TimeOfDay), policy.UtcOffset).ToUniversalTime();

    private List<DateOnly> RemindersBefore(DateOnly deadline, IEnumerable<int> workingDaysBefore)
    {
        var lastWorkingDay = calendar.IsWorkingDay(deadline) ? deadline : calendar.AddWorkingDays(deadline, -1);
        return [.. workingDaysBefore.Distinct().Select(n => calendar.AddWorkingDays(lastWorkingDay, -n)).Distinct().Order()];
    }

    private static void Check(InspectionSchedulePolicy policy)
    {
        if (policy.NoticeLeadWorkingDays < 1)
        {
            throw new ArgumentException("NoticeLeadWorkingDays must be at least 1.", nameof(policy));
        }

        if (policy.SelfReportDueWorkingDaysBeforeVisit < 0 || policy.SelfReportDueWorkingDaysBeforeVisit >= policy.NoticeLeadWorkingDays)
        {
            throw new ArgumentException("SelfReportDueWorkingDaysBeforeVisit must be between 0 and NoticeLeadWorkingDays - 1, so the report is due after the notice.", nameof(policy));
        }

        int[] nonNegative =
        [
            policy.SelfReportEscalationWorkingDaysAfterDue, policy.UnitFeedbackWindowWorkingDays, policy.SupervisorReminderWorkingDays,
            policy.SupervisorEscalationWorkingDays, policy.RemediationEscalationWorkingDaysAfterDue,
            .. policy.SelfReportReminderWorkingDaysBeforeDue, .. policy.FindingsReminderWorkingDaysAfterVisit,
            .. policy.UnitFeedbackReminderWorkingDaysBeforeDeadline, .. policy.RemediationReminderWorkingDaysBeforeDue,
        ];
        if (nonNegative.Any(n => n < 0))
        {
            throw new ArgumentException("Working-day offsets in InspectionSchedulePolicy cannot be negative.", nameof(policy));
        }

        if (policy.SupervisorEscalationWorkingDays < policy.SupervisorReminderWorkingDays)
        {
            throw new ArgumentException("SupervisorEscalationWorkingDays cannot come before SupervisorReminderWorkingDays.", nameof(policy));
        }
    }
}

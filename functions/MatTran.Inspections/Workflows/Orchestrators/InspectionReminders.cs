using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>Turns the deadlines the activities computed into the reminder and escalation emails of each wait.</summary>
internal static class InspectionReminders
{
    /// <summary>
    /// Before the due day, on it (a configured reminder "0 days before" is the same email as the due-day one) and the
    /// escalation to the planner. Only while no self-report is in: the caller stops asking once one arrives.
    /// </summary>
    public static IEnumerable<DueReminder> SelfReport(string inspectionId, InspectionSchedule schedule, DateTime at)
    {
        var due = schedule.SelfReportDue.Day;
        foreach (var reminder in schedule.SelfReportReminders.Where(r => r.Day < due))
        {
            yield return Reminder(inspectionId, reminder, EmailTemplateId.SelfReportReminderBeforeDue, ReminderKeys.SelfReportBeforeDue(reminder.Day), due, at);
        }

        yield return Reminder(inspectionId, schedule.SelfReportDue, EmailTemplateId.SelfReportReminderOnDueDay, ReminderKeys.SelfReportOnDueDay(due), due, at);
        yield return Reminder(
            inspectionId, schedule.SelfReportEscalation, EmailTemplateId.SelfReportOverdueToPlanner, ReminderKeys.SelfReportEscalation(schedule.SelfReportEscalation.Day), due, at, escalation: true);
    }

    /// <summary>To the team lead while no findings are recorded; the email talks about the visit day.</summary>
    public static IEnumerable<DueReminder> Findings(string inspectionId, InspectionSchedule schedule, int round, DateTime at) =>
        schedule.FindingsReminders.Select(r =>
            Reminder(inspectionId, r, EmailTemplateId.FindingsReminderToTeamLead, ReminderKeys.Findings(round, r.Day), schedule.Visit.Day, at));

    /// <summary>To the unit before its feedback deadline. After the deadline the team simply goes on to the conclusion.</summary>
    public static IEnumerable<DueReminder> Feedback(string inspectionId, WindowSchedule window, int round, DateTime at) =>
        window.Reminders.Select(r =>
            Reminder(inspectionId, r, EmailTemplateId.UnitFeedbackReminder, ReminderKeys.Feedback(round, r.Day), window.Deadline.Day, at));

    /// <summary>To the supervisor, then the escalation to the planner; approval then waits without a timer.</summary>
    public static IEnumerable<DueReminder> Approval(string inspectionId, WindowSchedule window, int round, DateTime at) =>
        window.Reminders
            .Select(r => Reminder(inspectionId, r, EmailTemplateId.ApprovalReminderToSupervisor, ReminderKeys.Approval(round, r.Day), window.Deadline.Day, at))
            .Append(Reminder(
                inspectionId, window.Escalation, EmailTemplateId.ApprovalEscalationToPlanner, ReminderKeys.ApprovalEscalation(round, window.Escalation.Day), window.Deadline.Day, at, escalation: true));

    private static DueReminder Reminder(
        string inspectionId, DueDay day, EmailTemplateId template, string key, DateOnly dueDate, DateTime at, bool escalation = false) =>
        new(day, new ReminderStep(inspectionId, template, key, dueDate, at), escalation);
}

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
    public static IEnumerable<DueReminder> SelfReport(string inspectionId, InspectionSchedule schedule)
    {
        var due = schedule.SelfReportDue.Day;
        foreach (var reminder in schedule.SelfReportReminders.Where(r => r.Day < due))
        {
            yield return new(reminder, inspectionId, EmailTemplateId.SelfReportReminderBeforeDue, ReminderKeys.SelfReportBeforeDue(reminder.Day), due);
        }

        yield return new(schedule.SelfReportDue, inspectionId, EmailTemplateId.SelfReportReminderOnDueDay, ReminderKeys.SelfReportOnDueDay(due), due);
        yield return new(schedule.SelfReportEscalation, inspectionId, EmailTemplateId.SelfReportOverdueToPlanner,
            ReminderKeys.SelfReportEscalation(schedule.SelfReportEscalation.Day), due, IsEscalation: true);
    }

    /// <summary>To the team lead while no findings are recorded; the email talks about the visit day.</summary>
    public static IEnumerable<DueReminder> Findings(string inspectionId, InspectionSchedule schedule, int round) =>
        schedule.FindingsReminders.Select(r => new DueReminder(
            r, inspectionId, EmailTemplateId.FindingsReminderToTeamLead, ReminderKeys.Findings(round, r.Day), schedule.Visit.Day));

    /// <summary>To the unit before its feedback deadline. After the deadline the team simply goes on to the conclusion.</summary>
    public static IEnumerable<DueReminder> Feedback(string inspectionId, WindowSchedule window, int round) =>
        window.Reminders.Select(r => new DueReminder(
            r, inspectionId, EmailTemplateId.UnitFeedbackReminder, ReminderKeys.Feedback(round, r.Day), window.Deadline.Day));

    /// <summary>To the supervisor, then the escalation to the planner; approval then waits without a timer.</summary>
    public static IEnumerable<DueReminder> Approval(string inspectionId, WindowSchedule window, int round) =>
        window.Reminders
            .Select(r => new DueReminder(
                r, inspectionId, EmailTemplateId.ApprovalReminderToSupervisor, ReminderKeys.Approval(round, r.Day), window.Deadline.Day))
            .Append(new DueReminder(
                window.Escalation, inspectionId, EmailTemplateId.ApprovalEscalationToPlanner,
                ReminderKeys.ApprovalEscalation(round, window.Escalation.Day), window.Deadline.Day, IsEscalation: true));

    /// <summary>Before the item's due date and on it; the overdue escalation ends the wait instead (RecordRemediation).</summary>
    public static IEnumerable<DueReminder> Remediation(RemediationInput remediation, WindowSchedule window) =>
        window.Reminders.Select(r => new DueReminder(
            r, remediation.InspectionId, EmailTemplateId.RemediationReminder,
            ReminderKeys.Remediation(remediation.RemediationId, remediation.DueDate, r.Day), window.Deadline.Day,
            RemediationId: remediation.RemediationId));
}

using System.Globalization;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>
/// Keys of reminder emails: one per business event, so a redelivered activity or a replay sends nothing twice. Each
/// names its date, so a reminder already sent is not sent again after a reschedule that keeps that date, and the review
/// round where a wait can repeat after a returned conclusion.
/// </summary>
internal static class ReminderKeys
{
    public static string SelfReportBeforeDue(DateOnly day) => "selfreport-reminder-" + Format(day);

    public static string SelfReportOnDueDay(DateOnly day) => "selfreport-dueday-" + Format(day);

    public static string SelfReportEscalation(DateOnly day) => "selfreport-escalation-" + Format(day);

    public static string Findings(int round, DateOnly day) => Round("findings-reminder", round, day);

    public static string Feedback(int round, DateOnly day) => Round("feedback-reminder", round, day);

    public static string Approval(int round, DateOnly day) => Round("approval-reminder", round, day);

    public static string ApprovalEscalation(int round, DateOnly day) => Round("approval-escalation", round, day);

    /// <summary>The due date is part of the key: after a rejection the new due date's reminders are new events.</summary>
    public static string Remediation(string remediationId, DateOnly dueDate, DateOnly day) =>
        $"remediation-reminder-{remediationId}-due{Format(dueDate)}-{Format(day)}";

    private static string Round(string prefix, int round, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-r{round}-{Format(day)}");

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

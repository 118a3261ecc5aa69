using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>A reminder or escalation email to send when <see cref="Due"/> comes, unless the wait ends first.</summary>
/// <param name="Key">The business event the email is for (<see cref="ReminderKeys"/>): sent once per key.</param>
/// <param name="DueDate">The deadline the email talks about.</param>
/// <param name="IsEscalation">
/// An escalation still goes out when its day has already passed by the time the wait starts (after a reschedule the
/// unit may already be overdue); a plain reminder whose day is gone is dropped rather than sent late.
/// </param>
internal sealed record DueReminder(
    DueDay Due, string InspectionId, EmailTemplateId Template, string Key, DateOnly DueDate, bool IsEscalation = false, string? RemediationId = null)
{
    /// <summary>The activity input for sending it as step <paramref name="stepKey"/> at plan time <paramref name="at"/>.</summary>
    public ReminderStep ToStep(string stepKey, DateTime at) => new(stepKey, InspectionId, Template, Key, DueDate, at, RemediationId);
}

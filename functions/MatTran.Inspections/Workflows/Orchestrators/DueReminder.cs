using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>A reminder or escalation email to send when <see cref="Due"/> comes, unless the wait ends first.</summary>
/// <param name="Step">The email to send; its <c>At</c> is set to the moment it is sent.</param>
/// <param name="IsEscalation">
/// An escalation still goes out when its day has already passed by the time the wait starts (after a reschedule the
/// unit may already be overdue); a plain reminder whose day is gone is dropped rather than sent late.
/// </param>
internal sealed record DueReminder(DueDay Due, ReminderStep Step, bool IsEscalation = false);

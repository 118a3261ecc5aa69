namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>
/// The dates fixed by the visit date, as timers: computed by an activity (so a configuration change cannot make a
/// replay take a different path) and recorded in history.
/// </summary>
public sealed record InspectionSchedule(
    DueDay Notice,
    DueDay SelfReportDue,
    IReadOnlyList<DueDay> SelfReportReminders,
    DueDay SelfReportEscalation,
    DueDay Visit,
    IReadOnlyList<DueDay> FindingsReminders);

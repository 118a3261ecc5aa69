namespace MatTran.Inspections.Inspections;

/// <summary>Dates fixed by the visit date alone, as computed by <see cref="InspectionTimeline.ForVisit"/>.</summary>
/// <param name="SelfReportReminders">Ascending, distinct, never after <paramref name="SelfReportDue"/>.</param>
public sealed record InspectionDeadlines(
    DateOnly VisitDate,
    DateOnly NoticeDate,
    DateOnly SelfReportDue,
    IReadOnlyList<DateOnly> SelfReportReminders,
    DateOnly SelfReportEscalation,
    IReadOnlyList<DateOnly> FindingsReminders);

using MatTran.Inspections.ReadModel.Inspections;

namespace MatTran.Web.Pages.Work;

/// <summary>One inbox line: the inspection, the deadline it waits on and whether that has passed in its plan's time.</summary>
public sealed record WorkItem(InspectionSummary Inspection, string UnitName, DateOnly? Deadline, bool Overdue);

namespace MatTran.Inspections.Plans.Overlaps;

/// <summary>One planned visit of a stored plan, as the overlap check compares them across plans.</summary>
/// <param name="PlanNumber">The plan's number and symbol (e.g. "325/KH-MTTQ-BTT"), shown in the warning.</param>
public sealed record PlannedVisit(string PlanId, string PlanNumber, string InspectionId, PlannedInspection Planned);

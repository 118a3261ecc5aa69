using MatTran.Inspections.Plans;

namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>A plan in a list: the plan row only, without reading its inspections.</summary>
public sealed record PlanSummary(string Id, string Number, int Year, string IssuerUnitId, string Title, PlanStatus Status, int InspectionCount);

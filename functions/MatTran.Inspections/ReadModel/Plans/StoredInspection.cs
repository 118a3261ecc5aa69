using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;

namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>A planned inspection as stored: its id and current stage besides what was planned.</summary>
public sealed record StoredInspection(string Id, PlannedInspection Planned, InspectionStage Stage);

using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;

namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>A planned inspection as stored: its id and current stage besides what was planned.</summary>
/// <param name="MergedInto">The planned visit this one was merged into (lồng ghép); such a visit is not launched.</param>
public sealed record StoredInspection(string Id, PlannedInspection Planned, InspectionStage Stage, string? MergedInto = null);

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>The summary after a change; <see cref="Applied"/> is false when the step had been applied before (a redelivery).</summary>
internal sealed record InspectionChangeResult(bool Applied, InspectionSummaryEntity Summary);

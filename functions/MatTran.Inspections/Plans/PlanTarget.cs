using MatTran.Inspections.Units;

namespace MatTran.Inspections.Plans;

/// <summary>
/// One % target of the annual programme, e.g. "90% Ủy ban MTTQ xã xếp loại tốt trở lên": the metric, the level of the
/// units it counts (null: every level) and the threshold in percent. Progress against it is in the reports.
/// </summary>
public sealed record PlanTarget(TargetMetric Metric, UnitLevel? Level, int ThresholdPercent);

using MatTran.Inspections.Plans;
using MatTran.Inspections.Units;

namespace MatTran.Api.Plans;

/// <summary>One target of the plan body: <c>{ "metric": "RatedGoodOrAbove", "level": "Commune", "thresholdPercent": 90 }</c>.</summary>
public sealed record PlanTargetRequest(TargetMetric? Metric, UnitLevel? Level, int? ThresholdPercent);

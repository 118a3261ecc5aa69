using MatTran.Inspections.Plans;
using MatTran.Inspections.Units;

namespace MatTran.Inspections.Reports;

/// <summary>Where one programme target stands: the actual share and whether it reaches the threshold.</summary>
public sealed record TargetProgress(TargetMetric Metric, UnitLevel? Level, int ThresholdPercent, string Text, Share Actual, bool Met);

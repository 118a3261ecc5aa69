using MatTran.Inspections.Plans;
using MatTran.Inspections.Units;

namespace MatTran.Api.Plans;

/// <param name="Text">How the target reads: "90% Ủy ban MTTQ xã, phường, thị trấn xếp loại tốt trở lên".</param>
public sealed record PlanTargetResponse(TargetMetric Metric, UnitLevel? Level, int ThresholdPercent, string Text);

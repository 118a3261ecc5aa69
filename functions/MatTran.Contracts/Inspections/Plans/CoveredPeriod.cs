namespace MatTran.Inspections.Plans;

/// <summary>Thời kỳ kiểm tra: the span of the unit's work an inspection looks at, e.g. 01/01/2022 – 31/05/2023.</summary>
public sealed record CoveredPeriod(DateOnly From, DateOnly To);

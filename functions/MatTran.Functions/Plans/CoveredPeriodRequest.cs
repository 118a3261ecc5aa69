namespace MatTran.Functions.Plans;

public sealed record CoveredPeriodRequest(DateOnly From, DateOnly To);

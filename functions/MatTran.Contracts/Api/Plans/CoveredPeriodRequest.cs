namespace MatTran.Api.Plans;

public sealed record CoveredPeriodRequest(DateOnly From, DateOnly To);

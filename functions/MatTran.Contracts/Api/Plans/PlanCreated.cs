namespace MatTran.Api.Plans;

public sealed record PlanCreated(string Id);

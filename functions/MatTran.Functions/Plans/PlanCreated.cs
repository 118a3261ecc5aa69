namespace MatTran.Functions.Plans;

public sealed record PlanCreated(string Id);

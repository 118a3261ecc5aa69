namespace MatTran.Inspections.Workflows.Contracts;

public sealed record PlanStartRequest(string PlanId, string LaunchedBy, DateTime At);

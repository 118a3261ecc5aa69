namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>Input of the AnnualPlan orchestration, started by <c>POST /api/plans/{id}/launch</c>.</summary>
public sealed record AnnualPlanInput(string PlanId, string LaunchedBy);

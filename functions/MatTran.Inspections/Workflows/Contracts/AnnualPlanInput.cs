namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>Input of the AnnualPlan orchestration, started by <c>POST /api/plans/{id}/launch</c>.</summary>
/// <param name="Clock">Real time (<see cref="PlanClock.RealTime"/>) or a rehearsal; handed down to every inspection and remediation.</param>
public sealed record AnnualPlanInput(string PlanId, string LaunchedBy, PlanClock Clock);

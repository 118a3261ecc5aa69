namespace MatTran.Inspections.Workflows.Contracts;

/// <param name="Clock">The plan's clock, put into every inspection's input.</param>
public sealed record PlanStartRequest(string StepKey, string PlanId, string LaunchedBy, DateTime At, PlanClock Clock) : WorkflowStep(StepKey, At), IPlanScoped;

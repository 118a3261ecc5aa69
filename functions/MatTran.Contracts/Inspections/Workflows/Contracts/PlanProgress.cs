namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>Custom status of the AnnualPlan orchestration, updated each time one inspection finishes.</summary>
/// <param name="Failed">Inspections whose workflow failed (after its activities' retries) instead of closing or being cancelled.</param>
public sealed record PlanProgress(int Total, int Closed, int Cancelled, int Running, int Failed = 0);

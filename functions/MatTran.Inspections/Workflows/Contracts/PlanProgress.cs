namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>Custom status of the AnnualPlan orchestration, updated each time one inspection finishes.</summary>
public sealed record PlanProgress(int Total, int Closed, int Cancelled, int Running);

namespace MatTran.Inspections.Workflows.Contracts;

public sealed record PlanCompletion(string PlanId, IReadOnlyList<InspectionOutcome> Outcomes, DateTime At);

namespace MatTran.Inspections.Workflows.Contracts;

/// <param name="Outcomes">The inspections that finished (closed or cancelled), in plan order.</param>
/// <param name="FailedInspections">The inspections whose workflow failed instead; their instances stay Failed for operators.</param>
public sealed record PlanCompletion(
    string StepKey, string PlanId, IReadOnlyList<InspectionOutcome> Outcomes, DateTime At, IReadOnlyList<string>? FailedInspections = null)
    : WorkflowStep(StepKey, At), IPlanScoped;

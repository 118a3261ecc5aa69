namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>The follow-up (phúc tra) of an inspection is decided; it runs on the same plan clock.</summary>
public sealed record FollowUpStep(string StepKey, string InspectionId, DateTime At, PlanClock Clock) : WorkflowStep(StepKey, At), IInspectionScoped;

namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>The supervisor approved (<see cref="Signal"/>); the remediations it opens run on the same plan clock.</summary>
public sealed record ApprovalStep(string StepKey, string InspectionId, InspectionSignal Signal, DateTime At, PlanClock Clock) : WorkflowStep(StepKey, At), IInspectionScoped;

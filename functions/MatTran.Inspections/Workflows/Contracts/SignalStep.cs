namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>A person's request, handed to the activity that records it.</summary>
public sealed record SignalStep(string StepKey, string InspectionId, InspectionSignal Signal, DateTime At) : WorkflowStep(StepKey, At), IInspectionScoped;

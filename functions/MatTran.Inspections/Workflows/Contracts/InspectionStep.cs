namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>A step of one inspection that needs nothing but the inspection and the moment.</summary>
/// <param name="StepKey">Made by the orchestration, the same on every replay and retry (see <see cref="WorkflowStep"/>).</param>
/// <param name="At">Plan time of the step.</param>
public sealed record InspectionStep(string StepKey, string InspectionId, DateTime At) : WorkflowStep(StepKey, At), IInspectionScoped;

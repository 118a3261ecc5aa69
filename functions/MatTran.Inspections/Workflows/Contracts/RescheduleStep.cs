namespace MatTran.Inspections.Workflows.Contracts;

/// <param name="NoticeSent">True when the unit already has the notice and must be told of the new date.</param>
public sealed record RescheduleStep(
    string StepKey, string InspectionId, DateOnly VisitDate, string Reason, string Actor, bool NoticeSent, DateTime At) : WorkflowStep(StepKey, At), IInspectionScoped;

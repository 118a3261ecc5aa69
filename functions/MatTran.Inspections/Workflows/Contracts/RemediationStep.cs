namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>A remediation step: schedule (no signal, not overdue), a person's request, or the overdue escalation.</summary>
public sealed record RemediationStep(
    string StepKey, RemediationInput Remediation, DateTime At, RemediationSignal? Signal = null, bool Overdue = false) : WorkflowStep(StepKey, At), IInspectionScoped
{
    public string InspectionId => Remediation.InspectionId;
}

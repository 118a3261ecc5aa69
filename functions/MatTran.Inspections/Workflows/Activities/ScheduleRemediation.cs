using MatTran.Inspections.Remediation;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>
/// The first step of every round of a Remediation workflow: on the first, the item is opened in the read model
/// (insert-if-absent, so a redelivery or a later round leaves it as it is) — only now, since this activity runs after
/// the workflow's instance exists, can the unit see the item and its report reach the workflow; then the reminders and
/// the overdue escalation for the item's current due date (a rejection may have moved it).
/// </summary>
public sealed class ScheduleRemediation(InspectionActivityServices services) : TaskActivity<RemediationStep, WindowSchedule>
{
    public override async Task<WindowSchedule> RunAsync(TaskActivityContext context, RemediationStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var remediation = input.Remediation;
        var stored = (await services.Inspections.GetRemediationAsync(remediation.RemediationId, services.Stopping))?.Item
            ?? await services.Inspections.AddRemediationAsync(RemediationItem.Open(
                remediation.RemediationId, remediation.InspectionId, remediation.RecommendationIndex, remediation.Text, remediation.Responsible,
                remediation.DueDate, StepKeys.Utc(input.At), remediation.OpenedBy ?? InspectionActivityServices.SystemActor)
                .AddressedTo(remediation.DepartmentId, remediation.AddresseeUnitId, remediation.OwnerStaffId),
                remediation.PlanId, remediation.UnitId, services.Stopping);
        return services.Timeline.Window(services.Timeline.Remediation(stored.DueDate));
    }
}

using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>Reminders and the overdue escalation for the item's current due date (a rejection may have moved it).</summary>
public sealed class ScheduleRemediation(InspectionActivityServices services) : TaskActivity<RemediationStep, WindowSchedule>
{
    public override async Task<WindowSchedule> RunAsync(TaskActivityContext context, RemediationStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var stored = await services.Inspections.GetRemediationAsync(input.Remediation.RemediationId, services.Stopping);
        var due = stored?.Item.DueDate ?? input.Remediation.DueDate;
        return services.Timeline.Window(services.Timeline.Remediation(due));
    }
}

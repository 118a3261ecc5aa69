using MatTran.Durable;
using MatTran.Inspections.Workflows.Activities;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>Registers the inspection workflows on a task hub under the names in <see cref="WorkflowNames"/>.</summary>
public static class InspectionWorkflowRegistration
{
    /// <summary>The three orchestrators and every activity they call.</summary>
    public static DurableTaskOptions AddInspectionWorkflows(this DurableTaskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AddInspectionOrchestrators().AddInspectionActivities();
    }

    /// <summary>The orchestrators alone: tests of the orchestration logic register their own activities beside them.</summary>
    internal static DurableTaskOptions AddInspectionOrchestrators(this DurableTaskOptions options) => options
        .AddOrchestrator<AnnualPlanOrchestrator>(WorkflowNames.AnnualPlan)
        .AddOrchestrator<InspectionOrchestrator>(WorkflowNames.Inspection)
        .AddOrchestrator<RemediationOrchestrator>(WorkflowNames.Remediation);
}

using MatTran.Inspections.Workflows.Contracts;
using MatTran.Inspections.Workflows.Orchestrators;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace MatTran.Functions.Workflows;

/// <summary>One orchestration trigger per orchestrator of <c>WorkflowCatalog.Orchestrators</c>, each handing over to its class.</summary>
public static class OrchestratorFunctions
{
    [Function(WorkflowNames.AnnualPlan)]
    public static Task<PlanYearEndSummary> AnnualPlan([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new AnnualPlanOrchestrator().RunAsync(context, context.GetInput<AnnualPlanInput>()!);

    [Function(WorkflowNames.Inspection)]
    public static Task<InspectionOutcome> Inspection([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new InspectionOrchestrator().RunAsync(context, context.GetInput<InspectionInput>()!);

    [Function(WorkflowNames.Remediation)]
    public static Task<RemediationOutcome> Remediation([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new RemediationOrchestrator().RunAsync(context, context.GetInput<RemediationInput>()!);
}

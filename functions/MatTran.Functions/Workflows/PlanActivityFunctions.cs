using MatTran.Inspections.Workflows.Activities;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.Azure.Functions.Worker;

namespace MatTran.Functions.Workflows;

/// <summary>
/// The activities of the annual plan: one activity trigger each (<c>WorkflowCatalog.Activities</c>), running the activity class
/// with the trigger's input and the calling instance's id.
/// </summary>
public static class PlanActivityFunctions
{
    [Function(ActivityNames.StartPlan)]
    public static Task<IReadOnlyList<InspectionInput>> StartPlan([ActivityTrigger] PlanStartRequest input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<StartPlan, PlanStartRequest, IReadOnlyList<InspectionInput>>(instanceId, input);

    [Function(ActivityNames.CompletePlan)]
    public static Task<PlanYearEndSummary> CompletePlan([ActivityTrigger] PlanCompletion input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<CompletePlan, PlanCompletion, PlanYearEndSummary>(instanceId, input);
}

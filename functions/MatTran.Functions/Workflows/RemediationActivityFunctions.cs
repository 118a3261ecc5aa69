using MatTran.Inspections.Workflows.Activities;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.Azure.Functions.Worker;

namespace MatTran.Functions.Workflows;

/// <summary>
/// The activities of one remediation item: one activity trigger each (<c>WorkflowCatalog.Activities</c>), running the activity class
/// with the trigger's input and the calling instance's id.
/// </summary>
public static class RemediationActivityFunctions
{
    [Function(ActivityNames.ScheduleRemediation)]
    public static Task<WindowSchedule> ScheduleRemediation([ActivityTrigger] RemediationStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<ScheduleRemediation, RemediationStep, WindowSchedule>(instanceId, input);

    [Function(ActivityNames.RecordRemediation)]
    public static Task<RemediationRecorded> RecordRemediation([ActivityTrigger] RemediationStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<RecordRemediation, RemediationStep, RemediationRecorded>(instanceId, input);
}

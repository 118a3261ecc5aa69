using MatTran.Inspections.Workflows.Activities;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.Azure.Functions.Worker;

namespace MatTran.Functions.Workflows;

/// <summary>
/// The activities of one inspection: one activity trigger each (<c>WorkflowCatalog.Activities</c>), running the activity class
/// with the trigger's input and the calling instance's id.
/// </summary>
public static class InspectionActivityFunctions
{
    [Function(ActivityNames.ScheduleInspection)]
    public static Task<InspectionSchedule> ScheduleInspection([ActivityTrigger] InspectionStep input, string instanceId, FunctionContext function) =>
        function.Activity<ScheduleInspection>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.RescheduleInspection)]
    public static Task<InspectionSchedule> RescheduleInspection([ActivityTrigger] RescheduleStep input, string instanceId, FunctionContext function) =>
        function.Activity<RescheduleInspection>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.IssueNotice)]
    public static Task<object?> IssueNotice([ActivityTrigger] InspectionStep input, string instanceId, FunctionContext function) =>
        function.Activity<IssueNotice>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.RequestSelfReport)]
    public static Task<object?> RequestSelfReport([ActivityTrigger] InspectionStep input, string instanceId, FunctionContext function) =>
        function.Activity<RequestSelfReport>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.SendReminder)]
    public static Task<object?> SendReminder([ActivityTrigger] ReminderStep input, string instanceId, FunctionContext function) =>
        function.Activity<SendReminder>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.RecordSelfReport)]
    public static Task<object?> RecordSelfReport([ActivityTrigger] SignalStep input, string instanceId, FunctionContext function) =>
        function.Activity<RecordSelfReport>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.StartVisit)]
    public static Task<object?> StartVisit([ActivityTrigger] InspectionStep input, string instanceId, FunctionContext function) =>
        function.Activity<StartVisit>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.RecordFindings)]
    public static Task<WindowSchedule> RecordFindings([ActivityTrigger] SignalStep input, string instanceId, FunctionContext function) =>
        function.Activity<RecordFindings>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.RecordFeedback)]
    public static Task<object?> RecordFeedback([ActivityTrigger] SignalStep input, string instanceId, FunctionContext function) =>
        function.Activity<RecordFeedback>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.SubmitConclusion)]
    public static Task<WindowSchedule> SubmitConclusion([ActivityTrigger] SignalStep input, string instanceId, FunctionContext function) =>
        function.Activity<SubmitConclusion>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.ReturnConclusion)]
    public static Task<object?> ReturnConclusion([ActivityTrigger] SignalStep input, string instanceId, FunctionContext function) =>
        function.Activity<ReturnConclusion>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.IssueConclusion)]
    public static Task<IssuedConclusion> IssueConclusion([ActivityTrigger] ApprovalStep input, string instanceId, FunctionContext function) =>
        function.Activity<IssueConclusion>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.StartRemediationStage)]
    public static Task<object?> StartRemediationStage([ActivityTrigger] InspectionStep input, string instanceId, FunctionContext function) =>
        function.Activity<StartRemediationStage>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.CreateFollowUp)]
    public static Task<InspectionInput> CreateFollowUp([ActivityTrigger] FollowUpStep input, string instanceId, FunctionContext function) =>
        function.Activity<CreateFollowUp>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.CloseInspection)]
    public static Task<object?> CloseInspection([ActivityTrigger] InspectionStep input, string instanceId, FunctionContext function) =>
        function.Activity<CloseInspection>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.CancelInspection)]
    public static Task<object?> CancelInspection([ActivityTrigger] SignalStep input, string instanceId, FunctionContext function) =>
        function.Activity<CancelInspection>().RunAsync(function.ActivityContext(instanceId), input);

    [Function(ActivityNames.RecordIgnoredSignal)]
    public static Task<object?> RecordIgnoredSignal([ActivityTrigger] SignalStep input, string instanceId, FunctionContext function) =>
        function.Activity<RecordIgnoredSignal>().RunAsync(function.ActivityContext(instanceId), input);
}

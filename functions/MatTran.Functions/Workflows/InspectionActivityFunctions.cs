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
        function.RunActivityAsync<ScheduleInspection, InspectionStep, InspectionSchedule>(instanceId, input);

    [Function(ActivityNames.RescheduleInspection)]
    public static Task<InspectionSchedule> RescheduleInspection([ActivityTrigger] RescheduleStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<RescheduleInspection, RescheduleStep, InspectionSchedule>(instanceId, input);

    [Function(ActivityNames.IssueNotice)]
    public static Task<object?> IssueNotice([ActivityTrigger] InspectionStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<IssueNotice, InspectionStep, object?>(instanceId, input);

    [Function(ActivityNames.RequestSelfReport)]
    public static Task<object?> RequestSelfReport([ActivityTrigger] InspectionStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<RequestSelfReport, InspectionStep, object?>(instanceId, input);

    [Function(ActivityNames.SendReminder)]
    public static Task<object?> SendReminder([ActivityTrigger] ReminderStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<SendReminder, ReminderStep, object?>(instanceId, input);

    [Function(ActivityNames.RecordSelfReport)]
    public static Task<object?> RecordSelfReport([ActivityTrigger] SignalStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<RecordSelfReport, SignalStep, object?>(instanceId, input);

    [Function(ActivityNames.StartVisit)]
    public static Task<object?> StartVisit([ActivityTrigger] InspectionStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<StartVisit, InspectionStep, object?>(instanceId, input);

    [Function(ActivityNames.RecordFindings)]
    public static Task<WindowSchedule> RecordFindings([ActivityTrigger] SignalStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<RecordFindings, SignalStep, WindowSchedule>(instanceId, input);

    [Function(ActivityNames.RecordFeedback)]
    public static Task<object?> RecordFeedback([ActivityTrigger] SignalStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<RecordFeedback, SignalStep, object?>(instanceId, input);

    [Function(ActivityNames.SubmitConclusion)]
    public static Task<WindowSchedule> SubmitConclusion([ActivityTrigger] SignalStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<SubmitConclusion, SignalStep, WindowSchedule>(instanceId, input);

    [Function(ActivityNames.ReturnConclusion)]
    public static Task<object?> ReturnConclusion([ActivityTrigger] SignalStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<ReturnConclusion, SignalStep, object?>(instanceId, input);

    [Function(ActivityNames.IssueConclusion)]
    public static Task<IssuedConclusion> IssueConclusion([ActivityTrigger] ApprovalStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<IssueConclusion, ApprovalStep, IssuedConclusion>(instanceId, input);

    [Function(ActivityNames.StartRemediationStage)]
    public static Task<object?> StartRemediationStage([ActivityTrigger] InspectionStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<StartRemediationStage, InspectionStep, object?>(instanceId, input);

    [Function(ActivityNames.CreateFollowUp)]
    public static Task<InspectionInput> CreateFollowUp([ActivityTrigger] FollowUpStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<CreateFollowUp, FollowUpStep, InspectionInput>(instanceId, input);

    [Function(ActivityNames.CloseInspection)]
    public static Task<object?> CloseInspection([ActivityTrigger] InspectionStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<CloseInspection, InspectionStep, object?>(instanceId, input);

    [Function(ActivityNames.CancelInspection)]
    public static Task<object?> CancelInspection([ActivityTrigger] SignalStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<CancelInspection, SignalStep, object?>(instanceId, input);

    [Function(ActivityNames.RecordIgnoredSignal)]
    public static Task<object?> RecordIgnoredSignal([ActivityTrigger] SignalStep input, string instanceId, FunctionContext function) =>
        function.RunActivityAsync<RecordIgnoredSignal, SignalStep, object?>(instanceId, input);
}

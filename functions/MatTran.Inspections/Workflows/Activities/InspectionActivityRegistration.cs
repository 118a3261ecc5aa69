using MatTran.Durable;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Workflows.Activities;

public static class InspectionActivityRegistration
{
    /// <summary>
    /// Registers one activity per name in <see cref="ActivityNames"/> (class name = activity name). Their dependency,
    /// <see cref="InspectionActivityServices"/>, comes from <c>AddInspectionWorkflowServices</c>.
    /// </summary>
    public static DurableTaskOptions AddInspectionActivities(this DurableTaskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options
            .AddActivity<StartPlan>()
            .AddActivity<CompletePlan>()
            .AddActivity<ScheduleInspection>()
            .AddActivity<RescheduleInspection>()
            .AddActivity<IssueNotice>()
            .AddActivity<RequestSelfReport>()
            .AddActivity<SendReminder>()
            .AddActivity<RecordSelfReport>()
            .AddActivity<StartVisit>()
            .AddActivity<RecordFindings>()
            .AddActivity<RecordFeedback>()
            .AddActivity<SubmitConclusion>()
            .AddActivity<ReturnConclusion>()
            .AddActivity<IssueConclusion>()
            .AddActivity<StartRemediationStage>()
            .AddActivity<ScheduleRemediation>()
            .AddActivity<RecordRemediation>()
            .AddActivity<CreateFollowUp>()
            .AddActivity<CloseInspection>()
            .AddActivity<CancelInspection>()
            .AddActivity<RecordIgnoredSignal>();
    }
}

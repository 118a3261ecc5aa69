using MatTran.Inspections.Workflows.Activities;
using MatTran.Inspections.Workflows.Contracts;
using MatTran.Inspections.Workflows.Orchestrators;

namespace MatTran.Inspections.Workflows;

/// <summary>
/// Every orchestrator and activity of the inspection workflows under the names in <see cref="WorkflowNames"/> and
/// <see cref="ActivityNames"/>. Both hosts register from this list (the Functions app as one function each, the local
/// host on its task hub worker), so neither can miss or misspell one. Activities need
/// <c>AddInspectionWorkflowServices</c>; payloads use <see cref="WorkflowJson.Options"/>.
/// </summary>
public static class WorkflowCatalog
{
    public static IReadOnlyList<WorkflowRegistration> Orchestrators { get; } =
    [
        new(WorkflowNames.AnnualPlan, typeof(AnnualPlanOrchestrator)),
        new(WorkflowNames.Inspection, typeof(InspectionOrchestrator)),
        new(WorkflowNames.Remediation, typeof(RemediationOrchestrator)),
    ];

    /// <summary>One per name in <see cref="ActivityNames"/>; the class is named as the activity.</summary>
    public static IReadOnlyList<WorkflowRegistration> Activities { get; } =
    [
        new(ActivityNames.StartPlan, typeof(StartPlan)),
        new(ActivityNames.CompletePlan, typeof(CompletePlan)),
        new(ActivityNames.ScheduleInspection, typeof(ScheduleInspection)),
        new(ActivityNames.RescheduleInspection, typeof(RescheduleInspection)),
        new(ActivityNames.IssueNotice, typeof(IssueNotice)),
        new(ActivityNames.RequestSelfReport, typeof(RequestSelfReport)),
        new(ActivityNames.SendReminder, typeof(SendReminder)),
        new(ActivityNames.RecordSelfReport, typeof(RecordSelfReport)),
        new(ActivityNames.StartVisit, typeof(StartVisit)),
        new(ActivityNames.RecordFindings, typeof(RecordFindings)),
        new(ActivityNames.RecordFeedback, typeof(RecordFeedback)),
        new(ActivityNames.SubmitConclusion, typeof(SubmitConclusion)),
        new(ActivityNames.ReturnConclusion, typeof(ReturnConclusion)),
        new(ActivityNames.IssueConclusion, typeof(IssueConclusion)),
        new(ActivityNames.StartRemediationStage, typeof(StartRemediationStage)),
        new(ActivityNames.ScheduleRemediation, typeof(ScheduleRemediation)),
        new(ActivityNames.RecordRemediation, typeof(RecordRemediation)),
        new(ActivityNames.CreateFollowUp, typeof(CreateFollowUp)),
        new(ActivityNames.CloseInspection, typeof(CloseInspection)),
        new(ActivityNames.CancelInspection, typeof(CancelInspection)),
        new(ActivityNames.RecordIgnoredSignal, typeof(RecordIgnoredSignal)),
    ];
}

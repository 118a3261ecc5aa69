using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>
/// The inspection's activity calls, typed: each takes the next step key and the run's plan time, so the orchestrator
/// names the step and nothing else (retries as <see cref="ActivityRetry"/>).
/// </summary>
internal static class InspectionSteps
{
    public static Task<InspectionSchedule> ScheduleInspectionAsync(this InspectionRun run) =>
        run.Run.CallAsync<InspectionSchedule>(ActivityNames.ScheduleInspection, run.Step());

    public static Task IssueNoticeAsync(this InspectionRun run) =>
        run.Run.CallAsync(ActivityNames.IssueNotice, run.Step());

    public static Task RequestSelfReportAsync(this InspectionRun run) =>
        run.Run.CallAsync(ActivityNames.RequestSelfReport, run.Step());

    public static Task RecordSelfReportAsync(this InspectionRun run, InspectionSignal upload) =>
        run.Run.CallAsync(ActivityNames.RecordSelfReport, run.Step(upload));

    public static Task StartVisitAsync(this InspectionRun run) =>
        run.Run.CallAsync(ActivityNames.StartVisit, run.Step());

    /// <summary>Returns the unit's feedback window.</summary>
    public static Task<WindowSchedule> RecordFindingsAsync(this InspectionRun run, InspectionSignal findings) =>
        run.Run.CallAsync<WindowSchedule>(ActivityNames.RecordFindings, run.Step(findings));

    public static Task RecordFeedbackAsync(this InspectionRun run, InspectionSignal feedback) =>
        run.Run.CallAsync(ActivityNames.RecordFeedback, run.Step(feedback));

    /// <summary>Returns the supervisor's window.</summary>
    public static Task<WindowSchedule> SubmitConclusionAsync(this InspectionRun run, InspectionSignal conclusion) =>
        run.Run.CallAsync<WindowSchedule>(ActivityNames.SubmitConclusion, run.Step(conclusion));

    public static Task ReturnConclusionAsync(this InspectionRun run, InspectionSignal returned) =>
        run.Run.CallAsync(ActivityNames.ReturnConclusion, run.Step(returned));

    /// <summary>Returns one remediation per recommendation, on the plan's clock.</summary>
    public static Task<IssuedConclusion> IssueConclusionAsync(this InspectionRun run, InspectionSignal approval) =>
        run.Run.CallAsync<IssuedConclusion>(
            ActivityNames.IssueConclusion, new ApprovalStep(run.Run.NextStepKey(), run.Id, approval, run.Now, run.Input.Clock));

    public static Task StartRemediationStageAsync(this InspectionRun run) =>
        run.Run.CallAsync(ActivityNames.StartRemediationStage, run.Step());

    /// <summary>Returns the follow-up inspection's input, on the plan's clock.</summary>
    public static Task<InspectionInput> CreateFollowUpAsync(this InspectionRun run) =>
        run.Run.CallAsync<InspectionInput>(
            ActivityNames.CreateFollowUp, new FollowUpStep(run.Run.NextStepKey(), run.Id, run.Now, run.Input.Clock));

    public static Task CloseInspectionAsync(this InspectionRun run) =>
        run.Run.CallAsync(ActivityNames.CloseInspection, run.Step());
}

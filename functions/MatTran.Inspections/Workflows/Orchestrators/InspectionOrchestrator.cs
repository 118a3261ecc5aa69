using MatTran.Inspections.Inspections;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>
/// One inspection from its plan to its rating (DESIGN.md §5, steps 1–10). Every wait takes the requests the stage
/// accepts (<see cref="SignalAcceptance"/>), reschedule and cancel included until the conclusion is issued; everything
/// else is recorded as ignored. Every side effect, date and read-model write is an activity.
/// </summary>
public sealed class InspectionOrchestrator : TaskOrchestrator<InspectionInput, InspectionOutcome>
{
    public override async Task<InspectionOutcome> RunAsync(TaskOrchestrationContext context, InspectionInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var run = new InspectionRun(context, input);

        // 1. Scheduled from the launched plan; wait for the notice day.
        run.Schedule = await run.ScheduleInspectionAsync();
        run.Enter(InspectionStage.Scheduled);
        if (!await BeforeNoticeAsync(run))
        {
            return run.Cancelled();
        }

        // 2. Team decision + notice, self-report requested.
        await IssueNoticeAsync(run);

        // 3. Reminders, escalation, the upload accepted until the visit.
        if (!await SelfReportPhaseAsync(run))
        {
            return run.Cancelled();
        }

        // 4. Visit day.
        await run.StartVisitAsync();
        run.Enter(InspectionStage.AwaitingFindings);

        // 4–7. Findings → unit feedback → conclusion → approval, again after each return.
        var conclusion = await ReviewRoundsAsync(run);
        if (conclusion is null)
        {
            return run.Cancelled();
        }

        // 8. One remediation per recommendation.
        var remediations = await RemediationAsync(run, conclusion);

        // 9. Follow-up inspection when items stay open or the conclusion asks for one.
        var followUpId = await FollowUpAsync(run, conclusion, remediations);

        // 10. Rate and close.
        return await CloseAsync(run, conclusion, remediations, followUpId);
    }

    /// <summary>Stage Scheduled until the notice day; a reschedule moves the notice day. False when cancelled.</summary>
    private static async Task<bool> BeforeNoticeAsync(InspectionRun run)
    {
        while (true)
        {
            var signal = await run.Waiter.WaitAsync([], run.CurrentSchedule.Notice);
            if (signal is null)
            {
                return true;
            }

            if (signal.Kind == InspectionSignalKind.Cancel)
            {
                await run.CancelAsync(signal);
                return false;
            }

            await run.RescheduleAsync(signal);
        }
    }

    private static async Task IssueNoticeAsync(InspectionRun run)
    {
        await run.IssueNoticeAsync();
        run.Enter(InspectionStage.NoticeSent);
        await run.RequestSelfReportAsync();
        run.Enter(InspectionStage.AwaitingSelfReport);
    }

    /// <summary>
    /// Until the visit day: reminders before and on the due day and the escalation while no self-report is in; every
    /// upload recorded (a later one is a new version); a reschedule replaces the remaining deadlines. False when cancelled.
    /// </summary>
    private static async Task<bool> SelfReportPhaseAsync(InspectionRun run)
    {
        var reminders = SelfReportReminders(run);
        while (true)
        {
            var signal = await run.Waiter.WaitAsync(reminders, run.CurrentSchedule.Visit);
            if (signal is null)
            {
                return true;
            }

            switch (signal.Kind)
            {
                case InspectionSignalKind.Cancel:
                    await run.CancelAsync(signal);
                    return false;
                case InspectionSignalKind.Reschedule:
                    await run.RescheduleAsync(signal);
                    reminders = SelfReportReminders(run);
                    break;
                default: // SelfReport, the only other request this stage takes
                    await run.RecordSelfReportAsync(signal);
                    run.SelfReportReceived = true;
                    run.Enter(InspectionStage.AwaitingVisit);
                    reminders = [];
                    break;
            }
        }
    }

    private static IReadOnlyList<DueReminder> SelfReportReminders(InspectionRun run) =>
        run.SelfReportReceived ? [] : run.Waiter.Upcoming(InspectionReminders.SelfReport(run.Id, run.CurrentSchedule));

    /// <summary>Review rounds until the supervisor approves; null when cancelled.</summary>
    private static async Task<IssuedConclusion?> ReviewRoundsAsync(InspectionRun run)
    {
        while (true)
        {
            run.Round++;
            var feedbackWindow = await FindingsAsync(run);
            if (feedbackWindow is null)
            {
                return null;
            }

            var approvalWindow = await UnitFeedbackAsync(run, feedbackWindow);
            if (approvalWindow is null)
            {
                return null;
            }

            var decision = await ApprovalAsync(run, approvalWindow);
            if (decision is null)
            {
                return null;
            }

            if (decision.Kind == InspectionSignalKind.Approve)
            {
                var issued = await run.IssueConclusionAsync(decision);
                run.Enter(InspectionStage.ConclusionIssued);
                return issued;
            }

            // Returned with comments: the team submits a revised draft (the next revision).
            await run.ReturnConclusionAsync(decision);
            run.Enter(InspectionStage.AwaitingFindings);
        }
    }

    /// <summary>AwaitingFindings, reminding the team lead; returns the unit's feedback window, null when cancelled.</summary>
    private static async Task<WindowSchedule?> FindingsAsync(InspectionRun run)
    {
        var reminders = run.Waiter.Upcoming(InspectionReminders.Findings(run.Id, run.CurrentSchedule, run.Round));
        var signal = await run.Waiter.WaitAsync(reminders);
        if (signal.Kind == InspectionSignalKind.Cancel)
        {
            await run.CancelAsync(signal);
            return null;
        }

        var window = await run.RecordFindingsAsync(signal);
        run.Enter(InspectionStage.AwaitingUnitFeedback);
        return window;
    }

    /// <summary>
    /// AwaitingUnitFeedback: every feedback kept, the unit reminded before its deadline; the conclusion ends the stage.
    /// Returns the supervisor's window, null when cancelled.
    /// </summary>
    private static async Task<WindowSchedule?> UnitFeedbackAsync(InspectionRun run, WindowSchedule feedbackWindow)
    {
        var reminders = run.Waiter.Upcoming(InspectionReminders.Feedback(run.Id, feedbackWindow, run.Round));
        while (true)
        {
            var signal = await run.Waiter.WaitAsync(reminders);
            switch (signal.Kind)
            {
                case InspectionSignalKind.Cancel:
                    await run.CancelAsync(signal);
                    return null;
                case InspectionSignalKind.Feedback:
                    await run.RecordFeedbackAsync(signal);
                    break;
                default: // Conclusion, the only other request this stage takes
                    var approvalWindow = await run.SubmitConclusionAsync(signal);
                    run.Enter(InspectionStage.AwaitingApproval);
                    return approvalWindow;
            }
        }
    }

    /// <summary>AwaitingApproval with the supervisor's reminder and the planner's escalation; the Approve or Return signal, null when cancelled.</summary>
    private static async Task<InspectionSignal?> ApprovalAsync(InspectionRun run, WindowSchedule approvalWindow)
    {
        var reminders = run.Waiter.Upcoming(InspectionReminders.Approval(run.Id, approvalWindow, run.Round));
        var signal = await run.Waiter.WaitAsync(reminders);
        if (signal.Kind == InspectionSignalKind.Cancel)
        {
            await run.CancelAsync(signal);
            return null;
        }

        return signal;
    }

    /// <summary>Stage Remediation and one Remediation sub-orchestration per recommendation (instance id = remediation id).</summary>
    private static async Task<IReadOnlyList<RemediationOutcome>> RemediationAsync(InspectionRun run, IssuedConclusion conclusion)
    {
        if (conclusion.Remediations.Count == 0)
        {
            return [];
        }

        await run.StartRemediationStageAsync();
        run.Enter(InspectionStage.Remediation);
        return await run.SubOrchestrationsAsync<RemediationOutcome>(
            WorkflowNames.Remediation, conclusion.Remediations.Select(r => ((object)r, r.RemediationId)));
    }

    /// <summary>The follow-up (phúc tra) as a sub-orchestration under its own id, when needed; its id or null.</summary>
    private static async Task<string?> FollowUpAsync(
        InspectionRun run, IssuedConclusion conclusion, IReadOnlyList<RemediationOutcome> remediations)
    {
        if (!conclusion.FollowUpRequested && remediations.All(r => r.Status == RemediationStatus.Accepted))
        {
            return null;
        }

        var followUp = await run.CreateFollowUpAsync();
        run.Enter(InspectionStage.FollowUp);
        await run.SubOrchestrationAsync<InspectionOutcome>(WorkflowNames.Inspection, followUp, followUp.InspectionId);
        return followUp.InspectionId;
    }

    private static async Task<InspectionOutcome> CloseAsync(
        InspectionRun run, IssuedConclusion conclusion, IReadOnlyList<RemediationOutcome> remediations, string? followUpId)
    {
        await run.Waiter.IgnoreDeferredAsync();
        await run.CloseInspectionAsync();
        run.Enter(InspectionStage.Closed);
        return new InspectionOutcome(
            run.Id,
            run.Input.UnitId,
            run.Input.Kind,
            InspectionStage.Closed,
            conclusion.Rating,
            conclusion.Remediations.Count,
            RemediationsAccepted: remediations.Count(r => r.Status == RemediationStatus.Accepted),
            RemediationsOverdue: remediations.Count(r => r.Status == RemediationStatus.Overdue),
            followUpId);
    }
}

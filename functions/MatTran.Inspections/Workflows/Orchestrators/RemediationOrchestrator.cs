using MatTran.Inspections.Remediation;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>
/// One recommendation being remedied (DESIGN.md §5 step 8): reminders before its due date, the unit's report, the
/// team's acceptance, or a rejection with a new due date that starts the wait again; when the escalation day passes
/// without a report the item is recorded Overdue (the unit head and planner are emailed) and this orchestration ends.
/// </summary>
public sealed class RemediationOrchestrator : TaskOrchestrator<RemediationInput, RemediationOutcome>
{
    public override async Task<RemediationOutcome> RunAsync(TaskOrchestrationContext context, RemediationInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var log = context.CreateReplaySafeLogger<RemediationOrchestrator>();
        var run = new WorkflowRun(context, input.Clock);
        var status = RemediationStatus.Open;
        var waiter = new SignalWaiter<RemediationSignal>(
            run,
            new SignalInbox<RemediationSignal>(context, WorkflowEvents.RemediationSignal),
            signal => Fit(status, signal),
            () => status,
            // No activity audits a remediation request that arrives out of turn (SignalStep carries inspection
            // signals only); the HTTP API has already answered 409 for every state it could see, so this is a race.
            signal =>
            {
                WorkflowLog.RemediationSignalIgnored(log, input.RemediationId, signal.Kind, status);
                return Task.CompletedTask;
            });

        var remediation = input;
        while (true)
        {
            var window = await run.CallAsync<WindowSchedule>(ActivityNames.ScheduleRemediation, Step(run, remediation));
            var report = await waiter.WaitAsync(waiter.Upcoming(InspectionReminders.Remediation(remediation, window)), window.Escalation);
            if (report is null)
            {
                await run.CallAsync<RemediationRecorded>(ActivityNames.RecordRemediation, Step(run, remediation) with { Overdue = true });
                return Ended(log, input, RemediationStatus.Overdue);
            }

            // The orchestration keeps its own status for what fits next: the lifecycle here is fixed (report, then a decision).
            await Record(run, remediation, report);
            status = RemediationStatus.Reported;
            var decision = await waiter.WaitAsync([]);
            var recorded = await Record(run, remediation, decision);
            if (decision.Kind == RemediationSignalKind.Accept)
            {
                return Ended(log, input, RemediationStatus.Accepted);
            }

            // Rejected: the unit owes a new report by the new due date, with its own reminders and escalation.
            status = RemediationStatus.Rejected;
            remediation = remediation with { DueDate = recorded.DueDate };
        }
    }

    /// <summary>
    /// Report while the unit owes one; Accept or Reject once it has reported. A decision that comes while the report it
    /// judges is still being recorded, or a new report while the rejection is, is kept for the next status.
    /// </summary>
    private static SignalFit Fit(RemediationStatus status, RemediationSignal signal)
    {
        bool owesReport = status is RemediationStatus.Open or RemediationStatus.Rejected;
        return signal.Kind switch
        {
            RemediationSignalKind.Report => owesReport ? SignalFit.Now : SignalFit.Next,
            RemediationSignalKind.Accept => owesReport ? SignalFit.Next : SignalFit.Now,
            RemediationSignalKind.Reject when signal.NewDueDate is null => SignalFit.Never,
            RemediationSignalKind.Reject => owesReport ? SignalFit.Next : SignalFit.Now,
            _ => SignalFit.Never,
        };
    }

    private static RemediationStep Step(WorkflowRun run, RemediationInput remediation) => new(run.NextStepKey(), remediation, run.Now);

    private static Task<RemediationRecorded> Record(WorkflowRun run, RemediationInput remediation, RemediationSignal signal) =>
        run.CallAsync<RemediationRecorded>(ActivityNames.RecordRemediation, Step(run, remediation) with { Signal = signal });

    private static RemediationOutcome Ended(ILogger log, RemediationInput input, RemediationStatus status)
    {
        WorkflowLog.RemediationEnded(log, input.RemediationId, status);
        return new RemediationOutcome(input.RemediationId, status);
    }
}

using MatTran.Inspections.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>
/// What one execution of <see cref="InspectionOrchestrator"/> knows while it runs: the stage it is in (which decides
/// the signals it takes), the current schedule and the review round, besides plan time and step keys
/// (<see cref="WorkflowRun"/>). Rebuilt identically on every replay. The activity calls are in <see cref="InspectionSteps"/>.
/// </summary>
internal sealed class InspectionRun
{
    public InspectionRun(TaskOrchestrationContext context, InspectionInput input)
    {
        Input = input;
        Run = new WorkflowRun(context, input.Clock);
        Log = context.CreateReplaySafeLogger<InspectionOrchestrator>();
        Signals = new SignalInbox<InspectionSignal>(context, WorkflowEvents.InspectionSignal);
        Waiter = new SignalWaiter<InspectionSignal>(Run, Signals, Fit, () => Stage, IgnoreAsync);
    }

    public WorkflowRun Run { get; }

    public InspectionInput Input { get; }

    public string Id => Input.InspectionId;

    public ILogger Log { get; }

    public SignalInbox<InspectionSignal> Signals { get; }

    public SignalWaiter<InspectionSignal> Waiter { get; }

    public InspectionStage Stage { get; private set; } = InspectionStage.Scheduled;

    /// <summary>The deadlines of the current visit date, replaced on every reschedule.</summary>
    public InspectionSchedule? Schedule { get; set; }

    /// <summary>1 for the first draft; a returned conclusion starts the next round.</summary>
    public int Round { get; set; }

    public bool SelfReportReceived { get; set; }

    /// <summary>Plan time of the happening being handled (see <see cref="WorkflowRun.Now"/>).</summary>
    public DateTime Now => Run.Now;

    public InspectionSchedule CurrentSchedule =>
        Schedule ?? throw new InvalidOperationException($"Inspection {Id} has no schedule yet.");

    /// <summary>The next step of this inspection, with its key and plan time.</summary>
    public InspectionStep Step() => new(Run.NextStepKey(), Id, Now);

    /// <summary>The next step recording <paramref name="signal"/>.</summary>
    public SignalStep Step(InspectionSignal signal) => new(Run.NextStepKey(), Id, signal, Now);

    public void Enter(InspectionStage stage)
    {
        Stage = stage;
        WorkflowLog.StageEntered(Log, Id, stage);
    }

    /// <summary>Runs a sub-orchestration under its business id, ignoring signals meanwhile; plan time then moves to when it ended.</summary>
    public async Task<T> SubOrchestrationAsync<T>(string name, object input, string instanceId) =>
        (await SubOrchestrationsAsync<T>(name, [(input, instanceId)]))[0];

    /// <summary>Runs sub-orchestrations side by side, each under its business id, until all have ended (see <see cref="SubOrchestrationAsync{T}"/>).</summary>
    public async Task<T[]> SubOrchestrationsAsync<T>(string name, IEnumerable<(object Input, string InstanceId)> runs)
    {
        var all = runs
            .Select(r => Run.Context.CallSubOrchestratorAsync<T>(name, r.Input, new SubOrchestrationOptions(instanceId: r.InstanceId)))
            .ToList();
        var results = await IgnoringSignalsAsync(Task.WhenAll(all));
        Run.Observe();
        return results;
    }

    /// <summary>Moves the visit; the activity tells the unit when it already has the notice.</summary>
    public async Task RescheduleAsync(InspectionSignal signal) =>
        Schedule = await Run.CallAsync<InspectionSchedule>(
            ActivityNames.RescheduleInspection,
            new RescheduleStep(Run.NextStepKey(), Id, signal.VisitDate!.Value, signal.Text ?? "", signal.Actor, NoticeSent: Stage != InspectionStage.Scheduled, Now));

    public async Task CancelAsync(InspectionSignal signal)
    {
        await Waiter.IgnoreDeferredAsync();
        await Run.CallAsync(ActivityNames.CancelInspection, Step(signal));
        Enter(InspectionStage.Cancelled);
    }

    public InspectionOutcome Cancelled() =>
        new(Id, Input.UnitId, Input.Kind, InspectionStage.Cancelled, Rating: null, 0, 0, 0, FollowUpInspectionId: null);

    /// <summary>
    /// Awaits <paramref name="work"/> (sub-orchestrations) while recording every signal that comes meanwhile as ignored:
    /// no stage from ConclusionIssued on takes a request, and one left buffered would only be dropped at the end unaudited.
    /// </summary>
    public async Task<T> IgnoringSignalsAsync<T>(Task<T> work)
    {
        await Waiter.IgnoreDeferredAsync();
        while (await Task.WhenAny(work, Signals.Next) != work || Signals.Next.IsCompleted)
        {
            var signal = await Signals.TakeAsync();
            Run.Observe();
            await IgnoreAsync(signal);
        }

        return await work;
    }

    /// <summary>The acceptance table, plus: a reschedule without a date cannot be applied.</summary>
    private SignalFit Fit(InspectionSignal signal) =>
        signal.Kind == InspectionSignalKind.Reschedule && signal.VisitDate is null ? SignalFit.Never
        : SignalAcceptance.Accepts(Stage, signal.Kind) ? SignalFit.Now
        : SignalAcceptance.AcceptsNext(Stage, signal.Kind) ? SignalFit.Next
        : SignalFit.Never;

    private Task IgnoreAsync(InspectionSignal signal)
    {
        WorkflowLog.SignalIgnored(Log, Id, signal.Kind, Stage);
        return Run.CallAsync(ActivityNames.RecordIgnoredSignal, Step(signal));
    }
}

using MatTran.Durable;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.Extensions.Logging;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>
/// What one execution of <see cref="InspectionOrchestrator"/> knows while it runs: the stage it is in (which decides
/// the signals it takes), the current schedule and the review round. Rebuilt identically on every replay.
/// </summary>
internal sealed class InspectionRun
{
    public InspectionRun(TaskOrchestrationContext context, InspectionInput input)
    {
        Context = context;
        Input = input;
        Log = context.CreateReplaySafeLogger<InspectionOrchestrator>();
        Waiter = new SignalWaiter<InspectionSignal>(context, WorkflowEvents.InspectionSignal, Fits, IgnoreAsync);
    }

    public TaskOrchestrationContext Context { get; }

    public InspectionInput Input { get; }

    public string Id => Input.InspectionId;

    public ILogger Log { get; }

    public SignalWaiter<InspectionSignal> Waiter { get; }

    public InspectionStage Stage { get; private set; } = InspectionStage.Scheduled;

    /// <summary>The deadlines of the current visit date, replaced on every reschedule.</summary>
    public InspectionSchedule? Schedule { get; set; }

    /// <summary>1 for the first draft; a returned conclusion starts the next round.</summary>
    public int Round { get; set; }

    public bool SelfReportReceived { get; set; }

    public DateTime Now => Context.CurrentUtcDateTime;

    public InspectionSchedule CurrentSchedule =>
        Schedule ?? throw new InvalidOperationException($"Inspection {Id} has no schedule yet.");

    public InspectionStep Step() => new(Id, Now);

    public SignalStep Step(InspectionSignal signal) => new(Id, signal, Now);

    public void Enter(InspectionStage stage)
    {
        Stage = stage;
        WorkflowLog.StageEntered(Log, Id, stage);
    }

    public Task CallAsync(string activity, object input) => Context.CallActivityAsync(activity, input, ActivityRetry.Options);

    public Task<T> CallAsync<T>(string activity, object input) => Context.CallActivityAsync<T>(activity, input, ActivityRetry.Options);

    /// <summary>Moves the visit; the activity tells the unit when it already has the notice.</summary>
    public async Task RescheduleAsync(InspectionSignal signal) =>
        Schedule = await CallAsync<InspectionSchedule>(
            ActivityNames.RescheduleInspection,
            new RescheduleStep(Id, signal.VisitDate!.Value, signal.Text ?? "", signal.Actor, NoticeSent: Stage != InspectionStage.Scheduled, Now));

    public async Task CancelAsync(InspectionSignal signal)
    {
        await CallAsync(ActivityNames.CancelInspection, Step(signal));
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
        while (true)
        {
            using var cancellation = new CancellationTokenSource();
            var signal = Context.WaitForExternalEvent<InspectionSignal>(WorkflowEvents.InspectionSignal, cancellation.Token);
            if (await Task.WhenAny(work, signal) == work && !signal.IsCompleted)
            {
                cancellation.Cancel();
                return await work;
            }

            await IgnoreAsync(await signal);
        }
    }

    /// <summary>The acceptance table, plus: a reschedule without a date cannot be applied.</summary>
    private bool Fits(InspectionSignal signal) =>
        SignalAcceptance.Accepts(Stage, signal.Kind) &&
        (signal.Kind != InspectionSignalKind.Reschedule || signal.VisitDate is not null);

    private Task IgnoreAsync(InspectionSignal signal)
    {
        WorkflowLog.SignalIgnored(Log, Id, signal.Kind, Stage);
        return CallAsync(ActivityNames.RecordIgnoredSignal, Step(signal));
    }
}

using MatTran.Durable;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>
/// The one way the workflows wait: the next signal on their event name against a timer at the next due day, the loser
/// cancelled. Reminders are sent as their day comes (once each: keys already sent are remembered, and a replay rebuilds
/// the same set); a signal that does not fit the current wait is handed to <paramref name="ignore"/> and the wait goes on
/// to the same deadline.
/// </summary>
internal sealed class SignalWaiter<TSignal>(
    TaskOrchestrationContext context,
    string eventName,
    Func<TSignal, bool> fits,
    Func<TSignal, Task> ignore)
    where TSignal : class
{
    private readonly HashSet<string> _sent = new(StringComparer.Ordinal);

    /// <summary>The reminders still worth a timer now: escalations always, plain reminders only when their moment is ahead.</summary>
    public IReadOnlyList<DueReminder> Upcoming(IEnumerable<DueReminder> reminders) =>
        [.. reminders
            .Where(r => r.IsEscalation || r.Due.FiresAtUtc >= context.CurrentUtcDateTime)
            .DistinctBy(r => r.Step.Key)
            .OrderBy(r => r.Due.FiresAtUtc)];

    /// <summary>Waits for a fitting signal, sending reminders on their days; null when <paramref name="end"/> comes first.</summary>
    public async Task<TSignal?> WaitAsync(IReadOnlyList<DueReminder> reminders, DueDay? end)
    {
        while (true)
        {
            var next = reminders.Where(r => !_sent.Contains(r.Step.Key)).MinBy(r => r.Due.FiresAtUtc);
            var wakeAt = Earliest(next?.Due.FiresAtUtc, end?.FiresAtUtc);
            var signal = await NextSignalAsync(wakeAt);
            if (signal is not null)
            {
                return signal;
            }

            // A timer only fires at or after its moment, but the episode's clock is what orders the reminders.
            var reached = wakeAt!.Value > context.CurrentUtcDateTime ? wakeAt.Value : context.CurrentUtcDateTime;
            foreach (var due in reminders.Where(r => !_sent.Contains(r.Step.Key) && r.Due.FiresAtUtc <= reached).OrderBy(r => r.Due.FiresAtUtc))
            {
                await context.CallActivityAsync(ActivityNames.SendReminder, due.Step with { At = context.CurrentUtcDateTime }, ActivityRetry.Options);
                _sent.Add(due.Step.Key);
            }

            if (end is not null && end.FiresAtUtc <= reached)
            {
                return null;
            }
        }
    }

    /// <summary>Waits for a fitting signal with no deadline of its own, sending reminders on their days.</summary>
    public async Task<TSignal> WaitAsync(IReadOnlyList<DueReminder> reminders) =>
        await WaitAsync(reminders, end: null)
        ?? throw new InvalidOperationException("A wait without an end came back without a signal.");

    /// <summary>The next fitting signal, or null when the timer at <paramref name="wakeAt"/> fired first (no timer when null).</summary>
    private async Task<TSignal?> NextSignalAsync(DateTime? wakeAt)
    {
        while (true)
        {
            var signal = await SignalOrTimerAsync(wakeAt);
            if (signal is null)
            {
                return null;
            }

            if (fits(signal))
            {
                return signal;
            }

            await ignore(signal);
        }
    }

    private async Task<TSignal?> SignalOrTimerAsync(DateTime? wakeAt)
    {
        using var cancellation = new CancellationTokenSource();
        var signal = context.WaitForExternalEvent<TSignal>(eventName, cancellation.Token);
        if (signal.IsCompleted || wakeAt is null)
        {
            // A buffered signal is already here: no timer needed (and none recorded in history).
            return await signal;
        }

        var timer = context.CreateTimer(wakeAt.Value, cancellation.Token);
        var winner = await Task.WhenAny(signal, timer);
        // Cancels the loser: a cancelled timer's later firing is ignored, a cancelled wait leaves the next signal buffered.
        // Synchronously: CancelAsync would run the callbacks off the orchestrator's single thread.
        cancellation.Cancel();
        return winner == signal ? await signal : null;
    }

    private static DateTime? Earliest(DateTime? a, DateTime? b) =>
        a is null ? b : b is null ? a : a.Value <= b.Value ? a : b;
}

using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>
/// The one way the workflows wait: the next signal (from the run's <see cref="SignalInbox{TSignal}"/>) against a
/// timer at the next due day in plan time, the timer cancelled when the signal wins. Reminders are sent as their day comes (once each: keys already sent are remembered, and
/// a replay rebuilds the same set); a signal that does not fit the current wait is handed to <paramref name="ignore"/>
/// and the wait goes on to the same deadline — unless it fits the state the workflow moves to next
/// (<see cref="SignalFit.Next"/>): that one is kept and offered again, before any newer signal, once the state
/// (<paramref name="state"/>) has changed, and only ignored if it fits neither then.
/// </summary>
internal sealed class SignalWaiter<TSignal>(
    WorkflowRun run,
    SignalInbox<TSignal> inbox,
    Func<TSignal, SignalFit> fit,
    Func<object> state,
    Func<TSignal, Task> ignore)
    where TSignal : class
{
    private readonly List<(TSignal Signal, object State)> _deferred = [];
    private readonly HashSet<string> _sent = new(StringComparer.Ordinal);

    /// <summary>The reminders still worth a timer now: escalations always, plain reminders only when their moment is ahead.</summary>
    public IReadOnlyList<DueReminder> Upcoming(IEnumerable<DueReminder> reminders) =>
        [.. reminders
            .Where(r => r.IsEscalation || r.Due.FiresAtUtc >= run.Now)
            .DistinctBy(r => r.Key)
            .OrderBy(r => r.Due.FiresAtUtc)];

    /// <summary>Waits for a fitting signal, sending reminders on their days; null when <paramref name="end"/> comes first.</summary>
    public async Task<TSignal?> WaitAsync(IReadOnlyList<DueReminder> reminders, DueDay? end)
    {
        while (true)
        {
            var next = reminders.Where(r => !_sent.Contains(r.Key)).MinBy(r => r.Due.FiresAtUtc);
            var wakeAt = Earliest(next?.Due.FiresAtUtc, end?.FiresAtUtc);
            var signal = await NextSignalAsync(wakeAt);
            if (signal is not null)
            {
                return signal;
            }

            // The timer fired: plan time is its moment (or later, when it was set for a moment already past).
            run.Reached(wakeAt!.Value);
            foreach (var due in reminders.Where(r => !_sent.Contains(r.Key) && r.Due.FiresAtUtc <= run.Now).OrderBy(r => r.Due.FiresAtUtc))
            {
                await run.CallAsync(ActivityNames.SendReminder, due.ToStep(run.NextStepKey(), run.Now));
                _sent.Add(due.Key);
            }

            if (end is not null && end.FiresAtUtc <= run.Now)
            {
                return null;
            }
        }
    }

    /// <summary>Waits for a fitting signal with no deadline of its own, sending reminders on their days.</summary>
    public async Task<TSignal> WaitAsync(IReadOnlyList<DueReminder> reminders) =>
        await WaitAsync(reminders, end: null)
        ?? throw new InvalidOperationException("A wait without an end came back without a signal.");

    /// <summary>Ignores every kept signal: for a stage that takes no more requests, or before one that waits without this waiter.</summary>
    public async Task IgnoreDeferredAsync()
    {
        var deferred = _deferred.Select(d => d.Signal).ToList();
        _deferred.Clear();
        foreach (var signal in deferred)
        {
            await ignore(signal);
        }
    }

    /// <summary>The next fitting signal, or null when the timer at <paramref name="wakeAt"/> fired first (no timer when null).</summary>
    private async Task<TSignal?> NextSignalAsync(DateTime? wakeAt)
    {
        if (await TakeDeferredAsync() is { } kept)
        {
            return kept;
        }

        while (true)
        {
            var signal = await SignalOrTimerAsync(wakeAt);
            if (signal is null)
            {
                return null;
            }

            run.Observe();
            switch (fit(signal))
            {
                case SignalFit.Now:
                    return signal;
                case SignalFit.Next:
                    _deferred.Add((signal, state()));
                    break;
                default:
                    await ignore(signal);
                    break;
            }
        }
    }

    /// <summary>
    /// The oldest kept signal that fits now; kept signals whose state has passed without them fitting are ignored.
    /// </summary>
    private async Task<TSignal?> TakeDeferredAsync()
    {
        object current = state();
        for (int i = 0; i < _deferred.Count; i++)
        {
            var (signal, keptIn) = _deferred[i];
            if (fit(signal) == SignalFit.Now)
            {
                _deferred.RemoveAt(i);
                return signal;
            }

            if (!Equals(keptIn, current))
            {
                _deferred.RemoveAt(i--);
                await ignore(signal);
            }
        }

        return null;
    }

    private async Task<TSignal?> SignalOrTimerAsync(DateTime? wakeAt)
    {
        var signal = inbox.Next;
        if (signal.IsCompleted || wakeAt is null)
        {
            // A buffered signal is already here: no timer needed (and none recorded in history).
            return await inbox.TakeAsync();
        }

        using var cancellation = new CancellationTokenSource();
        var timer = run.TimerAsync(wakeAt.Value, cancellation.Token);
        if (await Task.WhenAny(signal, timer) != signal)
        {
            // The signal wait stays open for the next wait (see SignalInbox).
            return null;
        }

        // A timer left pending would keep the orchestration from completing; a cancelled one's firing is ignored.
        // Synchronously: CancelAsync would run the callbacks off the orchestrator's single thread.
        cancellation.Cancel();
        return await inbox.TakeAsync();
    }

    private static DateTime? Earliest(DateTime? a, DateTime? b) =>
        a is null ? b : b is null ? a : a.Value <= b.Value ? a : b;
}

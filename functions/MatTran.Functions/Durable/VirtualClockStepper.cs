using MatTran.Durable;
using MatTran.Durable.Time;

namespace MatTran.Functions.Durable;

/// <summary>
/// Moves the virtual clock the way real time would pass: to each pending durable timer in turn, letting the
/// workflows finish reacting (activities, emails, new timers) before going on. Jumping straight to the target instead
/// would fire a timer only after everything it was meant to precede, and a reminder scheduled by an earlier step
/// would be found already in the past. Development/Test only, like the virtual clock itself.
/// </summary>
public sealed class VirtualClockStepper(VirtualTimeProvider clock, DurableTaskClient client, DurableWorker worker, ILogger<VirtualClockStepper> logger)
{
    /// <summary>How long one step may take to settle before the advance goes on regardless (and says so).</summary>
    public static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(60);

    /// <summary>A runaway guard: a year of inspections stops at a few hundred distinct timer instants.</summary>
    public const int MaxSteps = 20_000;

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(40);

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Advances to <paramref name="target"/>; returns the number of timer instants stopped at and whether every step settled.</summary>
    public async Task<(int TimersFired, bool Settled)> AdvanceAsync(DateTimeOffset target, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            bool settled = await SettleAsync(cancellationToken);
            int steps = 0;
            while (steps < MaxSteps && await client.GetNextTimerDueAsync(target, cancellationToken) is { } next)
            {
                if (next > clock.GetUtcNow())
                {
                    clock.SetUtcNow(next);
                }

                steps++;
                settled &= await SettleAsync(cancellationToken);
            }

            if (target > clock.GetUtcNow())
            {
                clock.SetUtcNow(target);
            }

            settled &= await SettleAsync(cancellationToken);
            return (steps, settled);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Delivers due timers at once (instead of waiting for the sweep interval) until the hub is idle twice in a row.</summary>
    private async Task<bool> SettleAsync(CancellationToken cancellationToken)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(SettleTimeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
        int idleInARow = 0;
        while (TimeProvider.System.GetTimestamp() < deadline)
        {
            await worker.SweepTimersAsync(cancellationToken);
            idleInARow = await client.IsIdleAsync(clock.GetUtcNow(), cancellationToken) ? idleInARow + 1 : 0;
            if (idleInARow == 2)
            {
                return true;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        logger.LogWarning("The task hub did not settle within {Timeout} at virtual time {Now}.", SettleTimeout, clock.GetUtcNow());
        return false;
    }
}

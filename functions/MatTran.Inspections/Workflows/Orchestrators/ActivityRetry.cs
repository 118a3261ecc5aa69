using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>
/// How the workflows call activities: storage and mail servers have bad minutes, and an inspection that runs for months
/// must not fail for one. Activities are idempotent, so an attempt that failed half-way is safe to repeat.
/// </summary>
internal static class ActivityRetry
{
    public const int MaxAttempts = 5;

    /// <summary>The first retry's wait in real time; the later ones double it.</summary>
    public static readonly TimeSpan FirstInterval = TimeSpan.FromMinutes(1);

    /// <summary>Waits are never shorter than this, however fast a rehearsal runs: an outage lasts real seconds.</summary>
    public static readonly TimeSpan ShortestRehearsalInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Five attempts, 1, 2, 4 and 8 minutes apart (durable timers, so a restart does not lose the wait). A rehearsal
    /// compresses the waits as it compresses the plan's days (down to a second), so a failing step holds its plan back
    /// by as many plan minutes as it would in real time rather than by weeks of plan time.
    /// </summary>
    public static TaskOptions For(PlanClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var first = clock.IsRehearsal
            ? TimeSpan.FromTicks(Math.Max(ShortestRehearsalInterval.Ticks, (long)(FirstInterval.Ticks * clock.SecondsPerDay / PlanClock.RealSecondsPerDay)))
            : FirstInterval;
        return TaskOptions.FromRetryPolicy(new RetryPolicy(
            maxNumberOfAttempts: MaxAttempts, firstRetryInterval: first, backoffCoefficient: 2, maxRetryInterval: first * 30));
    }
}

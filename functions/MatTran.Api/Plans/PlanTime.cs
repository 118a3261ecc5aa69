using MatTran.Inspections.Email.Archive;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Api.Plans;

/// <summary>
/// "Now" for one plan: real time, or the plan time of a rehearsal. Dates the API itself checks or writes for a plan's
/// inspection (a due date "in the past", an upload's stored-at time) use it, so a rehearsed plan is consistent with
/// what its workflows write. A launched plan's clock never changes, so it is read once per plan.
/// </summary>
public sealed class PlanTime(PlanStore plans, TimeProvider time)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PlanClock> _clocks = new(StringComparer.Ordinal);

    /// <summary>The current instant on the plan's clock (real time for a plan not launched or unknown).</summary>
    public async Task<DateTimeOffset> NowAsync(string planId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return await ClockAsync(planId, cancellationToken) is { } clock
            ? new DateTimeOffset(clock.ToPlanTime(now.UtcDateTime), TimeSpan.Zero)
            : now;
    }

    /// <summary>Today in Vietnam on the plan's clock: the day date rules compare against.</summary>
    public async Task<DateOnly> TodayAsync(string planId, CancellationToken cancellationToken = default) =>
        Today(await NowAsync(planId, cancellationToken));

    /// <summary>The calendar day in Vietnam at an instant: "today" for date rules is never the UTC day.</summary>
    public static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(EmailArchivePaths.VietnamOffset).DateTime);

    /// <summary>The plan's current time for a plan already read.</summary>
    public DateTimeOffset Now(StoredPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var now = time.GetUtcNow();
        return plan.Clock is { } clock ? new DateTimeOffset(clock.ToPlanTime(now.UtcDateTime), TimeSpan.Zero) : now;
    }

    private async Task<PlanClock?> ClockAsync(string planId, CancellationToken cancellationToken)
    {
        if (_clocks.TryGetValue(planId, out var known))
        {
            return known;
        }

        if (await plans.FindAsync(planId, cancellationToken) is { Clock: { } clock })
        {
            _clocks.TryAdd(planId, clock);
            return clock;
        }

        return null;
    }
}

using System.Text.Json.Serialization;

namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>
/// The clock of one launched plan: maps real (engine) time to plan time and back. A plan launched normally runs in
/// real time (<see cref="RealTime"/>, the identity). A rehearsal (Development/Test only) starts plan time at a chosen
/// day, 08:00 Vietnam time, at the launch instant and runs <c>86400 / SecondsPerDay</c> times faster, so a year plays
/// out in minutes on the real engine's wall-clock timers. It travels in the orchestration inputs, so every replay
/// maps the same instants to the same plan times.
/// </summary>
/// <param name="PlanStartUtc">Plan time at <paramref name="RealStartUtc"/>.</param>
/// <param name="RealStartUtc">The real instant the plan was launched.</param>
/// <param name="SecondsPerDay">Real seconds per plan day: 86400 in real time, at least <see cref="MinimumSecondsPerDay"/>.</param>
public sealed record PlanClock(DateTime PlanStartUtc, DateTime RealStartUtc, double SecondsPerDay)
{
    public const double RealSecondsPerDay = 86_400;

    /// <summary>Faster than this, one plan day would pass between two polls of the engine's queues.</summary>
    public const double MinimumSecondsPerDay = 0.2;

    /// <summary>Vietnam's offset from UTC (no daylight saving time): a rehearsal's plan day starts at 08:00 local.</summary>
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static readonly TimeOnly OfficeOpens = new(8, 0);

    public DateTime PlanStartUtc { get; init; } = Utc(PlanStartUtc);

    public DateTime RealStartUtc { get; init; } = Utc(RealStartUtc);

    public double SecondsPerDay { get; init; } = IsValidSecondsPerDay(SecondsPerDay)
        ? SecondsPerDay
        : throw new ArgumentOutOfRangeException(nameof(SecondsPerDay), SecondsPerDay, $"A plan day takes at least {MinimumSecondsPerDay} real seconds.");

    /// <summary>True when plan time runs at another speed than real time.</summary>
    [JsonIgnore]
    public bool IsRehearsal => SecondsPerDay != RealSecondsPerDay;

    /// <summary>Plan time runs as real time from the launch.</summary>
    public static PlanClock RealTime(DateTime launchedAtUtc) => new(launchedAtUtc, launchedAtUtc, RealSecondsPerDay);

    /// <summary>Plan time starts at <paramref name="startsAt"/> 08:00 Vietnam time (01:00 UTC) at the launch instant.</summary>
    public static PlanClock Rehearsal(DateOnly startsAt, double secondsPerDay, DateTime launchedAtUtc) =>
        new(new DateTimeOffset(startsAt.ToDateTime(OfficeOpens), VietnamOffset).UtcDateTime, launchedAtUtc, secondsPerDay);

    /// <summary>Whether a rehearsal may run at this speed (finite and at least <see cref="MinimumSecondsPerDay"/>).</summary>
    public static bool IsValidSecondsPerDay(double secondsPerDay) =>
        double.IsFinite(secondsPerDay) && secondsPerDay >= MinimumSecondsPerDay;

    /// <summary>The plan time at the real instant <paramref name="realUtc"/>.</summary>
    public DateTime ToPlanTime(DateTime realUtc) =>
        PlanStartUtc + Scale(Utc(realUtc) - RealStartUtc, RealSecondsPerDay / SecondsPerDay);

    /// <summary>The real instant at which plan time reaches <paramref name="planUtc"/>: where a timer for it is set.</summary>
    public DateTime ToRealTime(DateTime planUtc) =>
        RealStartUtc + Scale(Utc(planUtc) - PlanStartUtc, SecondsPerDay / RealSecondsPerDay);

    /// <summary>Exact in real time (factor 1); otherwise rounded to the tick.</summary>
    private static TimeSpan Scale(TimeSpan span, double factor) =>
        factor == 1 ? span : TimeSpan.FromTicks(checked((long)Math.Round(span.Ticks * factor)));

    /// <summary>Instants arrive as UTC, or unspecified after a JSON round trip; both mean UTC.</summary>
    private static DateTime Utc(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
}

namespace MatTran.Functions.Durable;

/// <summary>The app's current time and whether it is the virtual clock (always true: the routes exist only then).</summary>
/// <param name="TimersFired">On an advance: the distinct timer instants the clock stopped at on its way.</param>
/// <param name="Settled">On an advance: whether the workflows finished reacting before the answer (false after the settle timeout).</param>
public sealed record ClockResponse(DateTimeOffset UtcNow, bool Virtual, int? TimersFired = null, bool? Settled = null);

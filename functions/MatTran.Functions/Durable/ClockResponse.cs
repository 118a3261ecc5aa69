namespace MatTran.Functions.Durable;

/// <summary>The app's current time and whether it is the virtual clock (always true: the routes exist only then).</summary>
public sealed record ClockResponse(DateTimeOffset UtcNow, bool Virtual);

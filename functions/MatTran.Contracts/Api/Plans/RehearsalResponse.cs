namespace MatTran.Api.Plans;

/// <summary>How a rehearsed plan's clock runs, as <c>GET /api/plans/{id}</c> shows it.</summary>
/// <param name="LaunchedAtUtc">The real instant of the launch, when plan time stood at <paramref name="StartsAt"/> 08:00 Vietnam time.</param>
public sealed record RehearsalResponse(DateOnly StartsAt, double SecondsPerDay, DateTimeOffset LaunchedAtUtc);

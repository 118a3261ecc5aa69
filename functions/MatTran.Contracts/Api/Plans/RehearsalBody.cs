namespace MatTran.Api.Plans;

/// <summary>
/// Development/Test only: run the plan on a compressed clock — plan time starts at <paramref name="StartsAt"/> 08:00
/// Vietnam time at the launch and one plan day lasts <paramref name="SecondsPerDay"/> real seconds.
/// </summary>
public sealed record RehearsalBody(DateOnly? StartsAt, double? SecondsPerDay);

namespace MatTran.Api.Maintenance;

/// <summary>
/// When the nightly history purge runs, the same in both hosts: the Functions app's timer trigger uses <see cref="Cron"/>,
/// the local host waits for <see cref="NextRunAfter"/>.
/// </summary>
public static class HistoryPurgeSchedule
{
    /// <summary>NCRONTAB (seconds first) of 19:00 UTC, which is 02:00 in Vietnam, when nobody works with the app.</summary>
    public const string Cron = "0 0 19 * * *";

    public static readonly TimeSpan TimeOfDayUtc = TimeSpan.FromHours(19);

    /// <summary>The first run strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextRunAfter(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var today = new DateTimeOffset(utc.Date, TimeSpan.Zero) + TimeOfDayUtc;
        return today > utc ? today : today.AddDays(1);
    }
}

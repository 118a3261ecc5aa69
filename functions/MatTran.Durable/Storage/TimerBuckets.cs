using System.Globalization;

namespace MatTran.Durable.Storage;

/// <summary>Partition keys of the timer table: the due minute in UTC, so due timers are a range scan of past minutes.</summary>
internal static class TimerBuckets
{
    public static string For(DateTimeOffset dueAt) =>
        dueAt.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
}

namespace MatTran.Durable.Storage;

/// <summary>
/// Order stamps for inbox keys: the clock's ticks, but never equal to or below the previous stamp of this process, so
/// two events sent one after the other keep their order even when the (virtual) clock stands still.
/// </summary>
internal static class ArrivalClock
{
    private static long s_last;

    public static long Next(TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcTicks;
        while (true)
        {
            var last = Interlocked.Read(ref s_last);
            var next = Math.Max(now, last + 1);
            if (Interlocked.CompareExchange(ref s_last, next, last) == last)
            {
                return next;
            }
        }
    }
}

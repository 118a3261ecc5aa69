namespace MatTran.LocalHost.Tests.Engine;

/// <summary>Waits for a condition by polling (never a fixed sleep); the token bounds the wait.</summary>
internal static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> reached, CancellationToken cancellation)
    {
        while (true)
        {
            T value = await read();
            if (reached(value))
            {
                return value;
            }

            await Task.Delay(50, cancellation);
        }
    }

    public static Task WaitForAsync(Func<Task<bool>> condition, CancellationToken cancellation) =>
        WaitForAsync(condition, reached => reached, cancellation);

    /// <summary>A token cancelled after <paramref name="timeout"/> or with the test.</summary>
    public static CancellationToken Within(TimeSpan timeout, CancellationToken testCancellation)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(testCancellation);
        source.CancelAfter(timeout);
        return source.Token;
    }
}

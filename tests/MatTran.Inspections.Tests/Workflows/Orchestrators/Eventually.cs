namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>
/// Waits for a condition the workflows bring about (an activity called, a status reached) instead of sleeping for a
/// guessed time: polls it until it holds or the timeout passes, which fails the test with what was awaited.
/// </summary>
internal static class Eventually
{
    /// <summary>Long enough for the slowest wait of these tests (a plan day of up to 3 s, a few dozen days away) on a busy machine.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, string what, CancellationToken cancellationToken)
        where T : class
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            while (true)
            {
                if (await probe() is { } value)
                {
                    return value;
                }

                await Task.Delay(Poll, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AssertFailedException($"Not seen within {Timeout.TotalSeconds} s: {what}.");
        }
    }

    public static Task<T> UntilAsync<T>(Func<T?> probe, string what, CancellationToken cancellationToken)
        where T : class =>
        UntilAsync(() => Task.FromResult(probe()), what, cancellationToken);
}

using Azure.Core;

namespace MatTran.Inspections.Storage;

/// <summary>
/// Retry settings of every storage client the app registers. The SDK's defaults (3 retries from 0.8 s up to 1 min) suit
/// long-running batch clients; our calls are short read-model steps behind HTTP requests and durable activities, which
/// retry on their own, so the clients retry more often but sooner: exponential, 5 retries, 200 ms up to 10 s. The per-attempt
/// network timeout stays the SDK's 100 s, since document uploads can be large. Throttling and transient 408/429/5xx answers are still retried by Azure.Core's policy.
/// </summary>
public static class StorageRetry
{
    public const int MaxRetries = 5;

    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(200);

    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    public static void Configure(ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = Delay;
        options.Retry.MaxDelay = MaxDelay;
    }
}

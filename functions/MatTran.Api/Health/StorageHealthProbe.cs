using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace MatTran.Api.Health;

/// <summary>
/// Asks each storage service for its service properties: a signed, read-only call that proves the endpoint answers
/// and accepts our credentials, without creating anything.
/// </summary>
public sealed class StorageHealthProbe(
    TableServiceClient tables, BlobServiceClient blobs, QueueServiceClient queues, ILogger<StorageHealthProbe> logger)
{
    /// <summary>
    /// How long a service may take before it counts as unreachable. Long enough that a busy but working account is
    /// not reported down (under 50 concurrent users on 2 cores the emulator's slowest answers took just over 5 s), short
    /// enough that a probe never waits out the SDK's whole retry budget when storage is really down.
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public async Task<StorageHealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var checks = await Task.WhenAll(
            CheckAsync("tables", async ct => (await tables.GetPropertiesAsync(ct)).GetRawResponse(), cancellationToken),
            CheckAsync("blobs", async ct => (await blobs.GetPropertiesAsync(ct)).GetRawResponse(), cancellationToken),
            CheckAsync("queues", async ct => (await queues.GetPropertiesAsync(ct)).GetRawResponse(), cancellationToken));
        return new StorageHealthReport(checks.All(c => c.Reachable) ? "Healthy" : "Unhealthy", checks);
    }

    private async Task<StorageServiceHealth> CheckAsync(
        string service, Func<CancellationToken, Task<Response>> probe, CancellationToken cancellationToken)
    {
        try
        {
            // A probe must not hang the health endpoint for the full retry budget when storage is down.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Patience);
            await probe(timeout.Token);
            return new StorageServiceHealth(service, true, null);
        }
        catch (RequestFailedException e)
        {
            logger.LogWarning("Storage {Service} answered {Status} {ErrorCode}", service, e.Status, e.ErrorCode);
            return new StorageServiceHealth(service, false, $"HTTP {e.Status} {e.ErrorCode}".TrimEnd());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Storage {Service} did not answer within {Seconds} s", service, Patience.TotalSeconds);
            return new StorageServiceHealth(service, false, $"no answer within {Patience.TotalSeconds:F0} s");
        }
    }
}

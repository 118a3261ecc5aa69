using MatTran.Api.Maintenance;
using Microsoft.DurableTask.Client;

namespace MatTran.LocalHost.Maintenance;

/// <summary>
/// The local host's counterpart of the Functions app's nightly timer trigger: the same purge at the same moment
/// (<see cref="HistoryPurgeSchedule"/>), so a long-running local install does not grow its history tables forever.
/// </summary>
public sealed partial class HistoryPurgeService(
    OrchestrationHistoryPurge purge, DurableTaskClient client, TimeProvider time, ILogger<HistoryPurgeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            await Task.Delay(HistoryPurgeSchedule.NextRunAfter(now) - now, time, stoppingToken);
            try
            {
                await purge.PurgeAsync(client, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed night is retried the next night; the app must not stop over housekeeping.
                LogPurgeFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The nightly history purge failed; it runs again tomorrow night.")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}

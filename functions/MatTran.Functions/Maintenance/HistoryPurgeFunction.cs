using MatTran.Api.Maintenance;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MatTran.Functions.Maintenance;

/// <summary>The product's one schedule: every night, finished orchestration history past its retention is purged.</summary>
public sealed class HistoryPurgeFunction(OrchestrationHistoryPurge purge)
{
    public const string Name = "PurgeOrchestrationHistory";

    /// <summary>The shared nightly moment (<see cref="HistoryPurgeSchedule"/>) as the timer trigger's NCRONTAB.</summary>
    public const string Schedule = HistoryPurgeSchedule.Cron;

    [Function(Name)]
    public Task Run(
        [TimerTrigger(Schedule)] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        purge.PurgeAsync(client, cancellationToken);
}

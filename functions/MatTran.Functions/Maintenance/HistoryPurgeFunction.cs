using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MatTran.Functions.Maintenance;

/// <summary>The product's one schedule: every night, finished orchestration history past its retention is purged.</summary>
public sealed class HistoryPurgeFunction(OrchestrationHistoryPurge purge)
{
    public const string Name = "PurgeOrchestrationHistory";

    /// <summary>19:00 UTC is 02:00 in Vietnam, when nobody works with the app.</summary>
    public const string Schedule = "0 0 19 * * *";

    [Function(Name)]
    public Task Run(
        [TimerTrigger(Schedule)] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        purge.PurgeAsync(client, cancellationToken);
}

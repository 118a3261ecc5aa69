using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MatTran.Api.Maintenance;

/// <summary>
/// Purges the durable history of orchestrations that finished (completed, failed or terminated) longer ago than
/// <see cref="HistoryPurgeOptions.RetentionDays"/>. Without it the task hub's history and instance tables grow with
/// every inspection and reminder forever, although nothing in the product reads finished history.
/// </summary>
public sealed partial class OrchestrationHistoryPurge(
    IOptions<HistoryPurgeOptions> options, TimeProvider time, ILogger<OrchestrationHistoryPurge> logger)
{
    private static readonly OrchestrationRuntimeStatus[] Finished =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    /// <summary>Returns how many instances were purged.</summary>
    public async Task<int> PurgeAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        int retentionDays = options.Value.RetentionDays;
        if (retentionDays < 1)
        {
            throw new InvalidOperationException($"{HistoryPurgeOptions.SectionName}:{nameof(HistoryPurgeOptions.RetentionDays)} must be at least 1.");
        }

        DateTimeOffset cutoff = time.GetUtcNow() - TimeSpan.FromDays(retentionDays);
        var query = new OrchestrationQuery { CreatedTo = cutoff, Statuses = Finished, PageSize = 100 };

        // The query filters on creation time only; an annual plan created before the cutoff may have finished
        // yesterday, so the last update decides. Ids are collected first so purging never disturbs the paging.
        var expired = new List<string>();
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            if (instance.LastUpdatedAt <= cutoff)
            {
                expired.Add(instance.InstanceId);
            }
        }

        int purged = 0;
        foreach (string instanceId in expired)
        {
            purged += (await client.PurgeInstanceAsync(instanceId, cancellationToken)).PurgedInstanceCount;
        }

        LogPurged(logger, purged, retentionDays);
        return purged;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged the history of {Count} orchestrations finished more than {Days} days ago.")]
    private static partial void LogPurged(ILogger logger, int count, int days);
}

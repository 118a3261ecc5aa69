using MatTran.AzureStorage.Tables;
using MatTran.Durable.Storage;

namespace MatTran.Durable.Client;

/// <summary>
/// Looks across a whole task hub for work still to do. It scans the state and timer tables, so it is meant for
/// Development tooling (stepping a virtual clock from one timer to the next) and tests, never for request paths.
/// </summary>
internal sealed class TaskHubActivityProbe(TaskHubStorage storage)
{
    /// <summary>
    /// True when nothing is left to happen before <paramref name="asOf"/>: no activity queued or running, no outbox row
    /// waiting to be carried out, no unapplied inbox message of a Pending or Running instance, no timer due by then.
    /// </summary>
    public async Task<bool> IsIdleAsync(DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken);
        // Running work items stay in the queue (invisible) until their result is in the inbox, so the count covers them.
        var work = await storage.Work.GetPropertiesAsync(cancellationToken);
        if (work.Value.ApproximateMessagesCount > 0)
        {
            return false;
        }

        if (await AnyRowAsync(TableClient.CreateQueryFilter($"RowKey ge {RowKeys.OutboxPrefix} and RowKey lt {"ouu"}"), cancellationToken))
        {
            return false;
        }

        if (await NextTimerAsync(asOf, cancellationToken) is { } due && due <= asOf)
        {
            return false;
        }

        var withInbox = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in storage.State.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"RowKey ge {RowKeys.InboxPrefix} and RowKey lt {"io"}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            withInbox.Add(row.PartitionKey);
        }

        foreach (string instanceId in withInbox)
        {
            // Inbox rows of a suspended or finished instance wait for a resume or are discarded; they are not work now.
            var meta = await storage.State.GetEntityIfExistsAsync<TableEntity>(instanceId, RowKeys.Meta, cancellationToken: cancellationToken);
            if (meta.HasValue && InstanceMeta.FromEntity(meta.Value!).Status is OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Running)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The earliest pending timer due at or before <paramref name="notAfter"/>, or null when there is none.</summary>
    public async Task<DateTimeOffset?> NextTimerAsync(DateTimeOffset notAfter, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken);
        DateTimeOffset? earliest = null;
        await foreach (var row in storage.Timers.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey le {TimerBuckets.For(notAfter)}"), cancellationToken: cancellationToken))
        {
            if (row.GetDateTimeOffset("DueAt") is { } dueAt && dueAt <= notAfter && (earliest is null || dueAt < earliest))
            {
                earliest = dueAt;
            }
        }

        return earliest;
    }

    private async Task<bool> AnyRowAsync(string filter, CancellationToken cancellationToken)
    {
        await foreach (var _ in storage.State.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            return true;
        }

        return false;
    }
}

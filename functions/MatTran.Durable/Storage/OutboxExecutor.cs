using Azure;
using MatTran.AzureStorage.Tables;
using MatTran.Durable.Serialization;

namespace MatTran.Durable.Storage;

/// <summary>
/// Carries out outbox messages after the episode that wrote them has committed, then deletes the outbox row. Each
/// effect is idempotent, so a crash midway is repaired by carrying the same row out again.
/// </summary>
internal sealed class OutboxExecutor(TaskHubStorage storage, PayloadStore payloads, TimeProvider clock)
{
    private const int Parallelism = 16;

    public async Task CarryOutAsync(
        string instanceId, string outboxRowKey, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(
            messages,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (message, ct) => await CarryOutAsync(message, ct));
        await storage.State.DeleteEntityAsync(instanceId, outboxRowKey, ETag.All, cancellationToken);
    }

    public Task CarryOutAsync(OutboxMessage message, CancellationToken cancellationToken) => message.Kind switch
    {
        OutboxMessageKind.WorkItem => storage.Work.SendMessageAsync(
            JsonPayload.Serialize(message.WorkItem)!, cancellationToken: cancellationToken),
        OutboxMessageKind.Timer => ScheduleTimerAsync(message, cancellationToken),
        OutboxMessageKind.CreateInstance => CreateInstanceAsync(message, cancellationToken),
        OutboxMessageKind.Deliver => DeliverAsync(
            message.InstanceId, message.InboxKey!, message.Event!, message.ExecutionId, cancellationToken),
        OutboxMessageKind.Poke => PokeAsync(message.InstanceId, cancellationToken),
        OutboxMessageKind.DeleteHistory => PartitionRows.DeleteAsync(
            storage.State, message.InstanceId, RowKeys.History(message.FromSequence ?? 0),
            RowKeys.History(message.ToSequence ?? 0), cancellationToken),
        _ => throw new InvalidOperationException($"Unknown outbox message kind {message.Kind}."),
    };

    /// <summary>Inserts a message into an inbox unless a row with that key is already there, then pokes the instance.</summary>
    public async Task DeliverAsync(
        string instanceId, string inboxKey, HistoryEvent message, string? executionId, CancellationToken cancellationToken)
    {
        var row = await InboxMessage.ToEntityAsync(instanceId, inboxKey, message, executionId, payloads, cancellationToken);
        try
        {
            await storage.State.AddEntityAsync(row, cancellationToken);
        }
        catch (RequestFailedException conflict) when (conflict.Status == 409)
        {
            // Delivered before (a repeated outbox or a redelivered activity): the first copy stands.
        }

        await PokeAsync(instanceId, cancellationToken);
    }

    public Task PokeAsync(string instanceId, CancellationToken cancellationToken) =>
        storage.Control.SendMessageAsync(instanceId, cancellationToken: cancellationToken);

    /// <summary>
    /// A poke that becomes visible only after <paramref name="delay"/>, sent by a client before it writes: if the
    /// client dies between its write and its immediate poke, this one still gets the instance to run.
    /// </summary>
    public Task SendRepairPokeAsync(string instanceId, TimeSpan delay, CancellationToken cancellationToken) =>
        storage.Control.SendMessageAsync(instanceId, delay, cancellationToken: cancellationToken);

    private async Task ScheduleTimerAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var fireAt = message.FireAt ?? clock.GetUtcNow();
        if (fireAt <= clock.GetUtcNow())
        {
            await DeliverAsync(message.InstanceId, message.InboxKey!, message.Event!, message.ExecutionId, cancellationToken);
            return;
        }

        var row = new TableEntity(TimerBuckets.For(fireAt), message.InstanceId + "|" + message.InboxKey)
        {
            ["TargetInstanceId"] = message.InstanceId,
            ["InboxKey"] = message.InboxKey,
            ["DueAt"] = fireAt,
        };
        if (message.ExecutionId is not null)
        {
            row["ExecutionId"] = message.ExecutionId;
        }

        await ChunkedText.WriteAsync(
            row, InboxMessage.EventProperty, JsonPayload.Serialize(message.Event)!, payloads, message.InstanceId, cancellationToken);
        await storage.Timers.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    private async Task CreateInstanceAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var started = message.Event!;
        var parent = started.Parent!;
        for (var attempt = 0; ; attempt++)
        {
            var executionId = InstanceMeta.NewExecutionId(clock);
            var now = clock.GetUtcNow();
            var meta = new InstanceMeta
            {
                InstanceId = message.InstanceId,
                Name = started.Name!,
                Version = started.Version ?? "",
                ExecutionId = executionId,
                CreatedAt = now,
                LastUpdatedAt = now,
                Input = started.Payload,
                ParentInstanceId = parent.InstanceId,
                ParentName = parent.Name.Name,
                ParentExecutionId = message.ParentExecutionId,
                ParentTaskId = message.ParentTaskId,
            };
            var start = await InboxMessage.ToEntityAsync(
                message.InstanceId, RowKeys.Start(executionId),
                started with { InstanceId = message.InstanceId, ExecutionId = executionId, Timestamp = now },
                executionId, payloads, cancellationToken);
            try
            {
                await storage.State.SubmitTransactionAsync(
                    [
                        new TableTransactionAction(TableTransactionActionType.Add, meta.ToEntity()),
                        new TableTransactionAction(TableTransactionActionType.Add, start),
                    ],
                    cancellationToken);
                await PokeAsync(message.InstanceId, cancellationToken);
                return;
            }
            catch (TableTransactionFailedException exists) when (exists.Status == 409 && attempt == 0)
            {
                var existing = InstanceMeta.FromEntity(
                    (await storage.State.GetEntityAsync<TableEntity>(message.InstanceId, RowKeys.Meta, cancellationToken: cancellationToken)).Value);
                if (existing.ParentInstanceId == parent.InstanceId && existing.ParentExecutionId == message.ParentExecutionId
                    && existing.ParentTaskId == message.ParentTaskId)
                {
                    // This outbox ran before: the child exists already; make sure it runs.
                    await PokeAsync(message.InstanceId, cancellationToken);
                    return;
                }

                if (!existing.IsTerminal)
                {
                    await DeliverAsync(
                        parent.InstanceId,
                        RowKeys.Result(message.ParentExecutionId!, message.ParentTaskId ?? 0),
                        new HistoryEvent
                        {
                            EventType = HistoryEventType.SubOrchestrationFailed,
                            Timestamp = now,
                            TaskScheduledId = message.ParentTaskId,
                            Failure = new TaskFailureDetails(
                                typeof(InvalidOperationException).FullName!,
                                $"An orchestration with instance ID '{message.InstanceId}' already exists and is {existing.Status}."),
                        },
                        message.ParentExecutionId,
                        cancellationToken);
                    return;
                }

                // A finished instance with this id (e.g. an earlier attempt of a retried call) is replaced.
                await PartitionRows.DeleteAsync(storage.State, message.InstanceId, null, null, cancellationToken);
            }
        }
    }
}

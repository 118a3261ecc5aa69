using Azure;
using MatTran.AzureStorage.Tables;
using MatTran.Durable.Replay;
using MatTran.Durable.Serialization;
using MatTran.Durable.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MatTran.Durable.Dispatch;

/// <summary>
/// Runs one episode of one instance: repair a left-over outbox, read inbox and history, replay the orchestrator over
/// the new messages, then commit meta (If-Match) + history row + outbox row + inbox deletions as one entity-group
/// transaction, and finally carry out the outbox. A lost ETag race means another worker ran the episode: re-read and
/// try again.
/// </summary>
internal sealed class OrchestrationEpisode(
    TaskHubStorage storage,
    PayloadStore payloads,
    OutboxExecutor outbox,
    DurableTaskOptions options,
    IServiceProvider services,
    TimeProvider clock,
    ILoggerFactory loggerFactory)
{
    private const int MaxAttempts = 8;
    private readonly ILogger _logger = loggerFactory.CreateLogger<OrchestrationEpisode>();

    /// <summary>Test hook: runs between the commit and the outbox (a throwing hook is a worker crash at that point).</summary>
    internal Func<string, Task>? AfterCommit { get; set; }

    public async Task RunAsync(string instanceId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RunOnceAsync(instanceId, cancellationToken);
                return;
            }
            catch (RequestFailedException conflict) when (conflict.Status is 409 or 412 or 404 && attempt < MaxAttempts)
            {
                _logger.LogDebug("Episode of {InstanceId} lost a race ({Status}); re-reading.", instanceId, conflict.Status);
            }
        }
    }

    private async Task RunOnceAsync(string instanceId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {instanceId} and RowKey ge {RowKeys.InboxPrefix}");
        await foreach (var row in storage.State.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        foreach (var leftOver in rows.Where(r => r.RowKey.StartsWith(RowKeys.OutboxPrefix, StringComparison.Ordinal)))
        {
            // The previous episode committed but its worker stopped before finishing the outbox: finish it now.
            await outbox.CarryOutAsync(instanceId, leftOver.RowKey, await ReadOutboxAsync(leftOver, cancellationToken), cancellationToken);
        }

        var inboxRows = rows.Where(r => r.RowKey.StartsWith(RowKeys.InboxPrefix, StringComparison.Ordinal)).ToList();
        var metaRow = rows.FirstOrDefault(r => r.RowKey == RowKeys.Meta);
        if (metaRow is null || InstanceMeta.FromEntity(metaRow).IsTerminal)
        {
            // Messages for an instance that does not exist (purged) or has finished can never be applied.
            await DeleteAsync(instanceId, inboxRows.Select(r => r.RowKey), cancellationToken);
            return;
        }

        if (inboxRows.Count == 0)
        {
            return;
        }

        var meta = InstanceMeta.FromEntity(metaRow);
        var inbox = new List<InboxMessage>();
        foreach (var row in inboxRows)
        {
            inbox.Add(await InboxMessage.FromEntityAsync(row, payloads, cancellationToken));
        }

        var past = await LoadHistoryAsync(instanceId, meta.HistoryStart, cancellationToken);
        var selection = InboxSelection.Select(
            past, inbox, meta.ExecutionId, meta.Status == OrchestrationRuntimeStatus.Suspended);
        if (selection.Applied.Count == 0)
        {
            await DeleteAsync(instanceId, selection.Discarded.Select(m => m.RowKey), cancellationToken);
            return;
        }

        var lastTime = past.LastOrDefault(e => e.EventType == HistoryEventType.OrchestratorStarted)?.Timestamp ?? default;
        var now = clock.GetUtcNow();
        now = now < lastTime ? lastTime : now;
        var plan = new EpisodePlan(meta, now);
        plan.NewEvents.Add(new HistoryEvent { EventType = HistoryEventType.OrchestratorStarted, Timestamp = now });

        if (selection.Termination is { } termination)
        {
            plan.Finish(OrchestrationRuntimeStatus.Terminated, termination.Event.Payload, failure: null);
            plan.ConsumedInbox.AddRange(inbox.Select(m => m.RowKey));
        }
        else
        {
            plan.NewEvents.AddRange(selection.Applied.Select(m => m.Event));
            plan.ConsumedInbox.AddRange(selection.Applied.Concat(selection.Discarded).Select(m => m.RowKey));
            await ReplayAsync(plan, past, selection.EndsSuspended, cancellationToken);
        }

        if (selection.MoreRemain)
        {
            plan.Outbox.Add(new OutboxMessage { Kind = OutboxMessageKind.Poke, InstanceId = instanceId });
        }

        await CommitAsync(plan, cancellationToken);
        if (AfterCommit is { } hook)
        {
            await hook(instanceId);
        }

        if (plan.Outbox.Count > 0)
        {
            await outbox.CarryOutAsync(instanceId, RowKeys.Outbox(plan.Sequence), plan.Outbox, cancellationToken);
        }
    }

    private async Task ReplayAsync(
        EpisodePlan plan, IReadOnlyList<HistoryEvent> past, bool endsSuspended, CancellationToken cancellationToken)
    {
        var meta = plan.Meta;
        var hasStart = past.Concat(plan.NewEvents).Any(e => e.EventType == HistoryEventType.ExecutionStarted);
        if (!hasStart)
        {
            // Only commands for an instance still waiting for its scheduled start: record them, nothing to run.
            meta.Status = endsSuspended ? OrchestrationRuntimeStatus.Suspended : meta.Status;
            return;
        }

        var pastExpanded = await ExpandAsync(past, cancellationToken);
        var newExpanded = await ExpandAsync(plan.NewEvents, cancellationToken);
        var storedByExpanded = new Dictionary<HistoryEvent, HistoryEvent>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < past.Count; i++)
        {
            storedByExpanded[pastExpanded[i]] = past[i];
        }

        for (var i = 0; i < plan.NewEvents.Count; i++)
        {
            storedByExpanded[newExpanded[i]] = plan.NewEvents[i];
        }

        using var scope = services.CreateScope();
        OrchestrationExecutionResult result;
        if (!options.Registry.TryCreateOrchestrator(meta.Name, meta.Version, scope.ServiceProvider, out var orchestrator))
        {
            result = new OrchestrationExecutionResult
            {
                Status = OrchestrationRuntimeStatus.Failed,
                Actions = [],
                Failure = new TaskFailureDetails(
                    "OrchestratorNotFound", $"No orchestrator '{meta.Name}' version '{meta.Version}' is registered with this worker."),
            };
        }
        else
        {
            result = new OrchestrationExecutor(orchestrator!, loggerFactory).Execute(pastExpanded, newExpanded);
        }

        if (result.Status == OrchestrationRuntimeStatus.Failed && result.Failure is { } failure)
        {
            _logger.LogWarning("Orchestration {InstanceId} failed: {Failure}", meta.InstanceId, failure);
        }

        await AddActionsAsync(plan, result.Actions, cancellationToken);
        meta.CustomStatus = await payloads.ShrinkAsync(result.CustomStatus, meta.InstanceId, cancellationToken);
        switch (result.Status)
        {
            case OrchestrationRuntimeStatus.Running:
                meta.Status = endsSuspended ? OrchestrationRuntimeStatus.Suspended : OrchestrationRuntimeStatus.Running;
                break;
            case OrchestrationRuntimeStatus.ContinuedAsNew:
                var carried = result.CarryoverEvents.Select(e => storedByExpanded.GetValueOrDefault(e, e)).ToList();
                await ContinueAsNewAsync(plan, result, carried, cancellationToken);
                break;
            default:
                var output = await payloads.ShrinkAsync(result.Output, meta.InstanceId, cancellationToken);
                plan.Finish(result.Status, output, result.Failure);
                break;
        }
    }

    private async Task AddActionsAsync(EpisodePlan plan, IReadOnlyList<OrchestratorAction> actions, CancellationToken cancellationToken)
    {
        var meta = plan.Meta;
        foreach (var action in actions)
        {
            var input = await payloads.ShrinkAsync(action.Input, meta.InstanceId, cancellationToken);
            var version = action.ActionType == OrchestratorActionType.CallSubOrchestrator
                ? options.ResolveVersion(action.Name!, action.Version)
                : action.Version;
            var stored = action with { Input = input, Version = version };
            plan.NewEvents.Add(stored.ToHistoryEvent(plan.Now));
            plan.Outbox.Add(action.ActionType switch
            {
                OrchestratorActionType.CallActivity => new OutboxMessage
                {
                    Kind = OutboxMessageKind.WorkItem,
                    InstanceId = meta.InstanceId,
                    WorkItem = new ActivityWorkItem
                    {
                        InstanceId = meta.InstanceId, ExecutionId = meta.ExecutionId, TaskId = action.Id, Name = action.Name!, Input = input,
                        FirstAttemptId = action.FirstAttemptId,
                    },
                },
                OrchestratorActionType.CallSubOrchestrator => new OutboxMessage
                {
                    Kind = OutboxMessageKind.CreateInstance,
                    InstanceId = action.InstanceId!,
                    ParentExecutionId = meta.ExecutionId,
                    ParentTaskId = action.Id,
                    Event = new HistoryEvent
                    {
                        EventType = HistoryEventType.ExecutionStarted,
                        Timestamp = plan.Now,
                        Name = action.Name,
                        Version = version,
                        InstanceId = action.InstanceId,
                        Payload = input,
                        Parent = new ParentOrchestrationInstance(meta.Name, meta.InstanceId),
                    },
                },
                OrchestratorActionType.CreateTimer => new OutboxMessage
                {
                    Kind = OutboxMessageKind.Timer,
                    InstanceId = meta.InstanceId,
                    InboxKey = RowKeys.Result(meta.ExecutionId, action.Id),
                    ExecutionId = meta.ExecutionId,
                    FireAt = action.FireAt,
                    Event = new HistoryEvent
                    {
                        EventType = HistoryEventType.TimerFired, Timestamp = action.FireAt!.Value, TaskScheduledId = action.Id,
                        FireAt = action.FireAt,
                    },
                },
                _ => new OutboxMessage
                {
                    Kind = OutboxMessageKind.Deliver,
                    InstanceId = action.InstanceId!,
                    InboxKey = RowKeys.Arrival(plan.Now.UtcTicks, $"{meta.ExecutionId}-{action.Id}"),
                    Event = new HistoryEvent
                    {
                        EventType = HistoryEventType.EventRaised, Timestamp = plan.Now, Name = action.Name, Payload = input,
                    },
                },
            });
        }
    }

    private async Task ContinueAsNewAsync(
        EpisodePlan plan, OrchestrationExecutionResult result, IReadOnlyList<HistoryEvent> carried, CancellationToken cancellationToken)
    {
        var meta = plan.Meta;
        var input = await payloads.ShrinkAsync(result.Output, meta.InstanceId, cancellationToken);
        plan.NewEvents.Add(new HistoryEvent { EventType = HistoryEventType.ContinueAsNew, Timestamp = plan.Now, Payload = input });
        plan.Outbox.Add(new OutboxMessage
        {
            Kind = OutboxMessageKind.DeleteHistory, InstanceId = meta.InstanceId, FromSequence = meta.HistoryStart, ToSequence = plan.Sequence,
        });
        plan.Outbox.Add(new OutboxMessage { Kind = OutboxMessageKind.Poke, InstanceId = meta.InstanceId });
        var executionId = InstanceMeta.NewExecutionId(clock);
        plan.NextStart = await InboxMessage.ToEntityAsync(
            meta.InstanceId,
            RowKeys.Start(executionId),
            new HistoryEvent
            {
                EventType = HistoryEventType.ExecutionStarted,
                Timestamp = plan.Now,
                Name = meta.Name,
                Version = meta.Version,
                InstanceId = meta.InstanceId,
                ExecutionId = executionId,
                Payload = input,
                Parent = meta.ParentInstanceId is null ? null : new ParentOrchestrationInstance(meta.ParentName ?? "", meta.ParentInstanceId),
                CarryoverEvents = carried.Count == 0 ? null : carried,
            },
            executionId,
            payloads,
            cancellationToken);
        meta.ExecutionId = executionId;
        meta.Input = input;
        meta.Output = null;
        meta.Failure = null;
        meta.Status = OrchestrationRuntimeStatus.Running;
        meta.HistoryStart = plan.Sequence + 1;
    }

    private async Task CommitAsync(EpisodePlan plan, CancellationToken cancellationToken)
    {
        var meta = plan.Meta;
        if (plan.FinalStatus is { } final && meta.ParentInstanceId is not null && meta.ParentExecutionId is not null)
        {
            plan.Outbox.Add(new OutboxMessage
            {
                Kind = OutboxMessageKind.Deliver,
                InstanceId = meta.ParentInstanceId,
                InboxKey = RowKeys.Result(meta.ParentExecutionId, meta.ParentTaskId ?? 0),
                ExecutionId = meta.ParentExecutionId,
                Event = new HistoryEvent
                {
                    EventType = final == OrchestrationRuntimeStatus.Completed
                        ? HistoryEventType.SubOrchestrationCompleted
                        : HistoryEventType.SubOrchestrationFailed,
                    Timestamp = plan.Now,
                    TaskScheduledId = meta.ParentTaskId,
                    Payload = final == OrchestrationRuntimeStatus.Completed ? meta.Output : null,
                    Failure = final switch
                    {
                        OrchestrationRuntimeStatus.Completed => null,
                        OrchestrationRuntimeStatus.Terminated => new TaskFailureDetails(
                            "OrchestrationTerminated", $"Sub-orchestration '{meta.InstanceId}' was terminated."),
                        _ => meta.Failure,
                    },
                },
            });
        }

        var history = new TableEntity(meta.InstanceId, RowKeys.History(plan.Sequence));
        await ChunkedText.WriteAsync(
            history, "Events", JsonPayload.Serialize(plan.NewEvents)!, payloads, meta.InstanceId, cancellationToken);
        meta.NextSequence = plan.Sequence + 1;
        meta.LastUpdatedAt = plan.Now;
        var batch = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateReplace, meta.ToEntity(), meta.ETag),
            new(TableTransactionActionType.Add, history),
        };
        if (plan.Outbox.Count > 0)
        {
            var outboxRow = new TableEntity(meta.InstanceId, RowKeys.Outbox(plan.Sequence));
            await ChunkedText.WriteAsync(
                outboxRow, "Messages", JsonPayload.Serialize(plan.Outbox)!, payloads, meta.InstanceId, cancellationToken);
            batch.Add(new(TableTransactionActionType.Add, outboxRow));
        }

        if (plan.NextStart is { } start)
        {
            batch.Add(new(TableTransactionActionType.Add, start));
        }

        batch.AddRange(plan.ConsumedInbox.Select(key =>
            new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(meta.InstanceId, key), ETag.All)));
        await storage.State.SubmitTransactionAsync(batch, cancellationToken);
    }

    private async Task<List<HistoryEvent>> LoadHistoryAsync(string instanceId, int fromSequence, CancellationToken cancellationToken)
    {
        var events = new List<HistoryEvent>();
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {instanceId} and RowKey ge {RowKeys.History(fromSequence)} and RowKey lt {RowKeys.HistoryEnd}");
        await foreach (var row in storage.State.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var json = await ChunkedText.ReadAsync(row, "Events", payloads, cancellationToken);
            events.AddRange(JsonPayload.Deserialize<List<HistoryEvent>>(json)!);
        }

        return events;
    }

    private async Task<List<HistoryEvent>> ExpandAsync(IReadOnlyList<HistoryEvent> events, CancellationToken cancellationToken)
    {
        var expanded = new List<HistoryEvent>(events.Count);
        foreach (var e in events)
        {
            expanded.Add(await payloads.ExpandAsync(e, cancellationToken));
        }

        return expanded;
    }

    private async Task<IReadOnlyList<OutboxMessage>> ReadOutboxAsync(TableEntity row, CancellationToken cancellationToken) =>
        JsonPayload.Deserialize<List<OutboxMessage>>(await ChunkedText.ReadAsync(row, "Messages", payloads, cancellationToken))!;

    private async Task DeleteAsync(string instanceId, IEnumerable<string> rowKeys, CancellationToken cancellationToken)
    {
        foreach (var chunk in rowKeys.Chunk(TableClient.MaxTransactionActions))
        {
            await storage.State.SubmitTransactionAsync(
                chunk.Select(key => new TableTransactionAction(
                    TableTransactionActionType.Delete, new TableEntity(instanceId, key), ETag.All)),
                cancellationToken);
        }
    }

    /// <summary>What one episode will commit.</summary>
    private sealed class EpisodePlan(InstanceMeta meta, DateTimeOffset now)
    {
        public InstanceMeta Meta { get; } = meta;

        public DateTimeOffset Now { get; } = now;

        public int Sequence { get; } = meta.NextSequence;

        public List<HistoryEvent> NewEvents { get; } = [];

        public List<OutboxMessage> Outbox { get; } = [];

        public List<string> ConsumedInbox { get; } = [];

        public TableEntity? NextStart { get; set; }

        public OrchestrationRuntimeStatus? FinalStatus { get; private set; }

        public void Finish(OrchestrationRuntimeStatus status, string? output, TaskFailureDetails? failure)
        {
            FinalStatus = status;
            Meta.Status = status;
            Meta.Output = output;
            Meta.Failure = failure;
            Meta.CompletedAt = Now;
            NewEvents.Add(new HistoryEvent
            {
                EventType = status switch
                {
                    OrchestrationRuntimeStatus.Completed => HistoryEventType.ExecutionCompleted,
                    OrchestrationRuntimeStatus.Terminated => HistoryEventType.ExecutionTerminated,
                    _ => HistoryEventType.ExecutionFailed,
                },
                Timestamp = Now,
                Payload = output,
                Failure = failure,
            });
        }
    }
}

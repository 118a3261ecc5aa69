using Azure;
using MatTran.AzureStorage.Tables;
using MatTran.Durable.Client;
using MatTran.Durable.Serialization;
using MatTran.Durable.Storage;

namespace MatTran.Durable;

/// <summary>
/// Starts, signals, inspects and manages orchestration instances, with the method names and semantics of
/// Microsoft.DurableTask's <c>DurableTaskClient</c>. Thread-safe; keep one per process.
/// </summary>
public sealed class DurableTaskClient
{
    private const string StartOutboxKey = "outstart";
    private readonly DurableTaskOptions _options;
    private readonly TaskHubStorage _storage;
    private readonly PayloadStore _payloads;
    private readonly OutboxExecutor _outbox;
    private readonly TimeProvider _clock;

    public DurableTaskClient(DurableTaskOptions options, TimeProvider? timeProvider = null)
        : this(options, new TaskHubStorage(options), timeProvider)
    {
    }

    internal DurableTaskClient(DurableTaskOptions options, TaskHubStorage storage, TimeProvider? timeProvider)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _storage = storage;
        _clock = timeProvider ?? TimeProvider.System;
        _payloads = new PayloadStore(storage);
        _outbox = new OutboxExecutor(storage, _payloads, _clock);
    }

    public string TaskHubName => _options.TaskHubName;

    /// <summary>
    /// Whether the task hub has nothing left to do before <paramref name="asOf"/>: no queued or running activity, no
    /// outbox to carry out, no unapplied message for a Pending or Running instance, no timer due by then. Scans the whole
    /// hub: for Development tooling and tests (stepping a virtual clock), not for request paths.
    /// </summary>
    public Task<bool> IsIdleAsync(DateTimeOffset asOf, CancellationToken cancellationToken = default) =>
        new TaskHubActivityProbe(_storage).IsIdleAsync(asOf, cancellationToken);

    /// <summary>The due time of the earliest durable timer at or before <paramref name="notAfter"/>; null when none. Scans the timer table up to that time.</summary>
    public Task<DateTimeOffset?> GetNextTimerDueAsync(DateTimeOffset notAfter, CancellationToken cancellationToken = default) =>
        new TaskHubActivityProbe(_storage).NextTimerAsync(notAfter, cancellationToken);

    /// <summary>
    /// Creates an instance and returns its id. An id that belongs to a running instance is refused; a finished one is
    /// replaced. With <see cref="StartOrchestrationOptions.StartAt"/> in the future the instance stays Pending until then.
    /// </summary>
    public async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(orchestratorName.Name);
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        InstanceIds.Validate(instanceId);
        await _storage.EnsureCreatedAsync(cancellationToken);

        var existing = await ReadMetaAsync(instanceId, cancellationToken);
        if (existing is not null)
        {
            if (!existing.IsTerminal)
            {
                throw new InvalidOperationException(
                    $"An orchestration with instance ID '{instanceId}' already exists and is {existing.Status}.");
            }

            await PurgeRowsAsync(instanceId, cancellationToken);
        }

        var now = _clock.GetUtcNow();
        var executionId = InstanceMeta.NewExecutionId(_clock);
        var storedInput = await _payloads.ShrinkAsync(JsonPayload.Serialize(input), instanceId, cancellationToken);
        var version = _options.ResolveVersion(orchestratorName.Name, options?.Version);
        var startAt = options?.StartAt is { } at && at > now ? at : (DateTimeOffset?)null;
        var meta = new InstanceMeta
        {
            InstanceId = instanceId,
            Name = orchestratorName.Name,
            Version = version,
            ExecutionId = executionId,
            CreatedAt = now,
            LastUpdatedAt = now,
            ScheduledStartAt = startAt,
            Input = storedInput,
        };
        var started = new HistoryEvent
        {
            EventType = HistoryEventType.ExecutionStarted,
            Timestamp = now,
            Name = orchestratorName.Name,
            Version = version,
            InstanceId = instanceId,
            ExecutionId = executionId,
            Payload = storedInput,
        };
        var batch = new List<TableTransactionAction> { new(TableTransactionActionType.Add, meta.ToEntity()) };
        OutboxMessage? delayedStart = null;
        if (startAt is null)
        {
            batch.Add(new(TableTransactionActionType.Add, await InboxMessage.ToEntityAsync(
                instanceId, RowKeys.Start(executionId), started, executionId, _payloads, cancellationToken)));
        }
        else
        {
            // The start is a durable timer; the outbox row makes its creation survive a crash right after this commit.
            delayedStart = new OutboxMessage
            {
                Kind = OutboxMessageKind.Timer,
                InstanceId = instanceId,
                InboxKey = RowKeys.Start(executionId),
                ExecutionId = executionId,
                FireAt = startAt,
                Event = started,
            };
            var outboxRow = new TableEntity(instanceId, StartOutboxKey);
            ChunkedText.WriteInline(outboxRow, "Messages", JsonPayload.Serialize(new[] { delayedStart }));
            batch.Add(new(TableTransactionActionType.Add, outboxRow));
        }

        await _outbox.SendRepairPokeAsync(instanceId, _options.RepairPokeDelay, cancellationToken);
        try
        {
            await _storage.State.SubmitTransactionAsync(batch, cancellationToken);
        }
        catch (TableTransactionFailedException conflict) when (conflict.Status == 409)
        {
            throw new InvalidOperationException($"An orchestration with instance ID '{instanceId}' was created concurrently.", conflict);
        }

        if (delayedStart is null)
        {
            await _outbox.PokeAsync(instanceId, cancellationToken);
        }
        else
        {
            await _outbox.CarryOutAsync(instanceId, StartOutboxKey, [delayedStart], cancellationToken);
        }

        return instanceId;
    }

    /// <summary>
    /// Sends an event to an instance. Events are kept in arrival order and buffered until the orchestrator waits for
    /// them; an event for a finished instance is discarded.
    /// </summary>
    public Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        return SendAsync(instanceId, HistoryEventType.EventRaised, eventName, eventPayload, cancellationToken);
    }

    /// <summary>Stops an instance at its next episode; its status becomes Terminated with <paramref name="output"/>.</summary>
    public Task TerminateInstanceAsync(string instanceId, object? output = null, CancellationToken cancellationToken = default) =>
        SendAsync(instanceId, HistoryEventType.ExecutionTerminated, null, output, cancellationToken);

    /// <summary>Holds an instance: events and results wait in its inbox until it is resumed.</summary>
    public Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        SendAsync(instanceId, HistoryEventType.ExecutionSuspended, null, reason, cancellationToken);

    public Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        SendAsync(instanceId, HistoryEventType.ExecutionResumed, null, reason, cancellationToken);

    /// <summary>The instance's state, or null when no such instance exists.</summary>
    public async Task<OrchestrationMetadata?> GetInstanceAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
    {
        await _storage.EnsureCreatedAsync(cancellationToken);
        var meta = await ReadMetaAsync(instanceId, cancellationToken);
        return meta is null ? null : await ToMetadataAsync(meta, getInputsAndOutputs, cancellationToken);
    }

    /// <summary>
    /// Instances matching <paramref name="filter"/>, page by page (<see cref="OrchestrationQuery.PageSize"/> per page,
    /// resumable from a continuation token). The table service scans the task hub's meta rows.
    /// </summary>
    public AsyncPageable<OrchestrationMetadata> QueryInstancesAsync(OrchestrationQuery? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= new OrchestrationQuery();
        var conditions = new List<string> { TableClient.CreateQueryFilter($"RowKey eq {RowKeys.Meta}") };
        if (filter.Statuses?.ToList() is { Count: > 0 } statuses)
        {
            conditions.Add("(" + string.Join(" or ", statuses.Select(s => TableClient.CreateQueryFilter($"Status eq {s.ToString()}"))) + ")");
        }

        if (filter.Name is { } name)
        {
            conditions.Add(TableClient.CreateQueryFilter($"Name eq {name}"));
        }

        if (filter.CreatedFrom is { } from)
        {
            conditions.Add(TableClient.CreateQueryFilter($"CreatedAt ge {from}"));
        }

        if (filter.CreatedTo is { } to)
        {
            conditions.Add(TableClient.CreateQueryFilter($"CreatedAt le {to}"));
        }

        AddPrefix(conditions, "PartitionKey", filter.InstanceIdPrefix);
        AddPrefix(conditions, "CustomStatusText", filter.CustomStatusPrefix);
        var rows = _storage.State.QueryAsync<TableEntity>(
            string.Join(" and ", conditions), filter.PageSize, cancellationToken: cancellationToken);
        var pageable = new MappedAsyncPageable<TableEntity, OrchestrationMetadata>(
            rows,
            async (page, ct) =>
            {
                var result = new List<OrchestrationMetadata>(page.Count);
                foreach (var row in page)
                {
                    result.Add(await ToMetadataAsync(InstanceMeta.FromEntity(row), filter.FetchInputsAndOutputs, ct));
                }

                return result;
            },
            cancellationToken);
        return filter.ContinuationToken is null ? pageable : new ResumedPageable(pageable, filter.ContinuationToken, filter.PageSize);
    }

    /// <summary>Microsoft.DurableTask's name for <see cref="QueryInstancesAsync"/>.</summary>
    public AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) => QueryInstancesAsync(filter);

    /// <summary>Polls until the instance is Completed, Failed or Terminated.</summary>
    public async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
    {
        var delay = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            var metadata = await GetInstanceAsync(instanceId, getInputsAndOutputs, cancellationToken)
                ?? throw new InvalidOperationException($"No orchestration instance '{instanceId}' exists.");
            if (metadata.IsCompleted)
            {
                return metadata;
            }

            // An operational poll interval, not business time: real time even when the task hub runs on a virtual clock.
            await Task.Delay(delay, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.WaitPollingInterval.Ticks));
        }
    }

    /// <summary>Deletes a finished instance: meta, history, inbox, outbox and payload blobs. Running instances are left alone (0).</summary>
    public async Task<PurgeResult> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await _storage.EnsureCreatedAsync(cancellationToken);
        var meta = await ReadMetaAsync(instanceId, cancellationToken);
        if (meta is null || !meta.IsTerminal)
        {
            return new PurgeResult(0);
        }

        await PurgeRowsAsync(instanceId, cancellationToken);
        return new PurgeResult(1);
    }

    /// <summary>The current execution's history for audit: every event with its time, name and (expanded) payload.</summary>
    public async Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await _storage.EnsureCreatedAsync(cancellationToken);
        var meta = await ReadMetaAsync(instanceId, cancellationToken);
        if (meta is null)
        {
            return [];
        }

        var events = new List<HistoryEvent>();
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {instanceId} and RowKey ge {RowKeys.History(meta.HistoryStart)} and RowKey lt {RowKeys.HistoryEnd}");
        await foreach (var row in _storage.State.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var json = await ChunkedText.ReadAsync(row, "Events", _payloads, cancellationToken);
            foreach (var e in JsonPayload.Deserialize<List<HistoryEvent>>(json)!)
            {
                events.Add(await _payloads.ExpandAsync(e, cancellationToken));
            }
        }

        return events;
    }

    private async Task SendAsync(
        string instanceId, HistoryEventType type, string? name, object? payload, CancellationToken cancellationToken)
    {
        InstanceIds.Validate(instanceId);
        await _storage.EnsureCreatedAsync(cancellationToken);
        var meta = await ReadMetaAsync(instanceId, cancellationToken)
            ?? throw new InvalidOperationException($"No orchestration instance '{instanceId}' exists.");
        if (meta.IsTerminal)
        {
            return;
        }

        var message = new HistoryEvent
        {
            EventType = type,
            Timestamp = _clock.GetUtcNow(),
            Name = name,
            Payload = await _payloads.ShrinkAsync(JsonPayload.Serialize(payload), instanceId, cancellationToken),
        };
        var key = RowKeys.Arrival(ArrivalClock.Next(_clock), Guid.NewGuid().ToString("N")[..8]);
        await _outbox.SendRepairPokeAsync(instanceId, _options.RepairPokeDelay, cancellationToken);
        await _outbox.DeliverAsync(instanceId, key, message, executionId: null, cancellationToken);
    }

    private async Task<InstanceMeta?> ReadMetaAsync(string instanceId, CancellationToken cancellationToken)
    {
        var response = await _storage.State.GetEntityIfExistsAsync<TableEntity>(instanceId, RowKeys.Meta, cancellationToken: cancellationToken);
        return response.HasValue ? InstanceMeta.FromEntity(response.Value!) : null;
    }

    private async Task PurgeRowsAsync(string instanceId, CancellationToken cancellationToken)
    {
        await PartitionRows.DeleteAsync(_storage.State, instanceId, null, null, cancellationToken);
        await _payloads.DeleteAllAsync(instanceId, cancellationToken);
    }

    private async Task<OrchestrationMetadata> ToMetadataAsync(InstanceMeta meta, bool withPayloads, CancellationToken cancellationToken) =>
        new(meta.Name, meta.InstanceId)
        {
            Version = meta.Version,
            RuntimeStatus = meta.Status,
            CreatedAt = meta.CreatedAt,
            LastUpdatedAt = meta.LastUpdatedAt,
            CompletedAt = meta.CompletedAt,
            ScheduledStartAt = meta.ScheduledStartAt,
            ParentInstanceId = meta.ParentInstanceId,
            FailureDetails = meta.Failure,
            SerializedCustomStatus = await _payloads.ExpandAsync(meta.CustomStatus, cancellationToken),
            SerializedInput = withPayloads ? await _payloads.ExpandAsync(meta.Input, cancellationToken) : null,
            SerializedOutput = withPayloads ? await _payloads.ExpandAsync(meta.Output, cancellationToken) : null,
        };

    private static void AddPrefix(List<string> conditions, string property, string? prefix)
    {
        if (string.IsNullOrEmpty(prefix))
        {
            return;
        }

        // "Starts with" as a range: prefix <= value < prefix with its last character incremented.
        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        conditions.Add(property + " " + TableClient.CreateQueryFilter($"ge {prefix}") + " and " + property + " "
            + TableClient.CreateQueryFilter($"lt {upper}"));
    }

    /// <summary>A query resumed from a caller's continuation token.</summary>
    private sealed class ResumedPageable(AsyncPageable<OrchestrationMetadata> inner, string continuationToken, int pageSize)
        : AsyncPageable<OrchestrationMetadata>
    {
        public override IAsyncEnumerable<Page<OrchestrationMetadata>> AsPages(string? token = null, int? pageSizeHint = null) =>
            inner.AsPages(token ?? continuationToken, pageSizeHint ?? pageSize);
    }
}

using MatTran.Durable.Dispatch;
using MatTran.Durable.Serialization;
using MatTran.Durable.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MatTran.Durable;

/// <summary>
/// Does one unit of durable work at a time: one control message (an orchestration episode), one activity work item,
/// or one sweep of due timers. The in-process pollers call these in loops; in Azure the Functions queue and timer
/// triggers call them with the message text, so they are the whole contract between host and runtime.
/// </summary>
public sealed class DurableWorker
{
    private readonly DurableTaskOptions _options;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _clock;
    private readonly PayloadStore _payloads;
    private readonly OutboxExecutor _outbox;
    private readonly ILogger _logger;

    public DurableWorker(
        DurableTaskOptions options,
        IServiceProvider? services = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null)
        : this(options, new TaskHubStorage(options), services, timeProvider, loggerFactory)
    {
    }

    internal DurableWorker(
        DurableTaskOptions options,
        TaskHubStorage storage,
        IServiceProvider? services,
        TimeProvider? timeProvider,
        ILoggerFactory? loggerFactory)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        Storage = storage;
        _services = services ?? new ServiceCollection().BuildServiceProvider();
        _clock = timeProvider ?? TimeProvider.System;
        loggerFactory ??= NullLoggerFactory.Instance;
        _logger = loggerFactory.CreateLogger<DurableWorker>();
        _payloads = new PayloadStore(storage);
        _outbox = new OutboxExecutor(storage, _payloads, _clock);
        Episode = new OrchestrationEpisode(storage, _payloads, _outbox, options, _services, _clock, loggerFactory);
    }

    public DurableTaskOptions Options => _options;

    internal TaskHubStorage Storage { get; }

    internal OrchestrationEpisode Episode { get; }

    /// <summary>Creates the task hub's tables, queues and container if they do not exist.</summary>
    public Task CreateTaskHubAsync(CancellationToken cancellationToken = default) => Storage.EnsureCreatedAsync(cancellationToken);

    /// <summary>Runs an episode for the instance a control message names (the message text is the instance id).</summary>
    public async Task ProcessControlMessageAsync(string messageText, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageText);
        await Storage.EnsureCreatedAsync(cancellationToken);
        await Episode.RunAsync(messageText.Trim(), cancellationToken);
    }

    /// <summary>Runs the activity a work-queue message names and posts its result (or failure) to the instance's inbox.</summary>
    public async Task ProcessWorkItemAsync(string messageText, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageText);
        await Storage.EnsureCreatedAsync(cancellationToken);
        var item = JsonPayload.Deserialize<ActivityWorkItem>(messageText)
            ?? throw new FormatException("The work item message is empty.");
        var outcome = await RunActivityAsync(item, cancellationToken);
        await _outbox.DeliverAsync(
            item.InstanceId, RowKeys.Result(item.ExecutionId, item.TaskId), outcome, item.ExecutionId, cancellationToken);
    }

    /// <summary>
    /// Delivers every timer due by now: reads only the minute buckets up to the current one, posts TimerFired into the
    /// instance inbox (insert-if-absent), pokes the instance and deletes the timer row. Returns how many fired.
    /// </summary>
    public async Task<int> SweepTimersAsync(CancellationToken cancellationToken = default)
    {
        await Storage.EnsureCreatedAsync(cancellationToken);
        var now = _clock.GetUtcNow();
        var filter = MatTran.AzureStorage.Tables.TableClient.CreateQueryFilter($"PartitionKey le {TimerBuckets.For(now)}");
        var due = new List<MatTran.AzureStorage.Tables.TableEntity>();
        await foreach (var row in Storage.Timers.QueryAsync<MatTran.AzureStorage.Tables.TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.GetDateTimeOffset("DueAt") is { } dueAt && dueAt <= now)
            {
                due.Add(row);
            }
        }

        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (row, ct) =>
        {
            var json = await ChunkedText.ReadAsync(row, InboxMessage.EventProperty, _payloads, ct);
            await _outbox.DeliverAsync(
                row.GetString("TargetInstanceId")!, row.GetString("InboxKey")!, JsonPayload.Deserialize<HistoryEvent>(json)!,
                row.GetString("ExecutionId"), ct);
            await Storage.Timers.DeleteEntityAsync(row.PartitionKey, row.RowKey, Azure.ETag.All, ct);
        });
        return due.Count;
    }

    private async Task<HistoryEvent> RunActivityAsync(ActivityWorkItem item, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        using var scope = _services.CreateScope();
        if (!_options.Registry.TryCreateActivity(item.Name, scope.ServiceProvider, out var activity))
        {
            return Failed(now, item, new TaskFailureDetails("ActivityNotFound", $"No activity '{item.Name}' is registered with this worker."));
        }

        try
        {
            var input = JsonPayload.Deserialize(await _payloads.ExpandAsync(item.Input, cancellationToken), activity!.InputType);
            var context = new TaskActivityContext(item.Name, item.InstanceId, item.ExecutionId, item.TaskId, cancellationToken, item.FirstAttemptId);
            var output = await activity.RunAsync(context, input);
            return new HistoryEvent
            {
                EventType = HistoryEventType.TaskCompleted,
                Timestamp = _clock.GetUtcNow(),
                TaskScheduledId = item.TaskId,
                Payload = await _payloads.ShrinkAsync(JsonPayload.Serialize(output), item.InstanceId, cancellationToken),
            };
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            // The activity's failure is its result: the orchestrator sees it as TaskFailedException (or retries).
            _logger.LogWarning(failure, "Activity {Activity} for {InstanceId} (#{TaskId}) failed.", item.Name, item.InstanceId, item.TaskId);
            return Failed(_clock.GetUtcNow(), item, TaskFailureDetails.FromException(failure));
        }
    }

    private static HistoryEvent Failed(DateTimeOffset now, ActivityWorkItem item, TaskFailureDetails failure) => new()
    {
        EventType = HistoryEventType.TaskFailed, Timestamp = now, TaskScheduledId = item.TaskId, Failure = failure,
    };
}

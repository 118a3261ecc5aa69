using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Query;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Client.Entities;
using Core = DurableTask.Core;
using CoreQuery = DurableTask.Core.Query.OrchestrationQuery;
using OrchestrationQuery = Microsoft.DurableTask.Client.OrchestrationQuery;
using PurgeResult = Microsoft.DurableTask.Client.PurgeResult;

namespace MatTran.LocalHost.Engine;

/// <summary>
/// Adapter: the SDK's <see cref="DurableTaskClient"/> over DurableTask.Core's <see cref="IOrchestrationServiceClient"/>
/// (plus its query and purge interfaces, which DurableTask.AzureStorage implements), so the API code is written
/// against the same client in both hosts. Payloads are serialized once, by the SDK's <see cref="DataConverter"/>, and
/// handed to DurableTask.Core as strings inside the history events this class builds: DurableTask.Core's own
/// <c>TaskHubClient</c> would serialize them a second time (Newtonsoft) and shimmed orchestrators would receive JSON
/// inside a JSON string.
/// Not supported (the app does not use them; each throws <see cref="NotSupportedException"/>): durable entities
/// (<see cref="Entities"/>), <see cref="RewindInstanceAsync"/>, <see cref="RestartAsync"/>,
/// <see cref="ListInstanceIdsAsync"/>, <see cref="GetOrchestrationHistoryAsync"/> and the recursive variants of
/// terminate and purge.
/// </summary>
public sealed class TaskHubClientAdapter : DurableTaskClient
{
    /// <summary>An instance in one of these states is still running: starting it again must fail, as in the SDK.</summary>
    private static readonly Core.OrchestrationStatus[] s_runningStatuses =
        [Core.OrchestrationStatus.Pending, Core.OrchestrationStatus.Running, Core.OrchestrationStatus.Suspended];

    private static readonly TimeSpan s_firstPollDelay = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan s_longestPollDelay = TimeSpan.FromMilliseconds(500);

    private readonly IOrchestrationServiceClient _client;
    private readonly DataConverter _dataConverter;

    public TaskHubClientAdapter(IOrchestrationServiceClient client, DataConverter dataConverter, string name = "LocalDurableEngine")
        : base(name)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _dataConverter = dataConverter ?? throw new ArgumentNullException(nameof(dataConverter));
    }

    public override DurableEntityClient Entities =>
        throw new NotSupportedException("Durable entities are not used by this app and not supported by the local engine.");

    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName,
        object? input = null,
        StartOrchestrationOptions? options = null,
        CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestratorName.Name, nameof(orchestratorName));
        cancellation.ThrowIfCancellationRequested();

        var instance = new OrchestrationInstance
        {
            InstanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N"),
            ExecutionId = Guid.NewGuid().ToString("N"),
        };
        var started = new ExecutionStartedEvent(-1, _dataConverter.Serialize(input))
        {
            Name = orchestratorName.Name,
            Version = options?.Version?.Version ?? string.Empty,
            OrchestrationInstance = instance,
            ScheduledStartTime = options?.StartAt?.UtcDateTime,
            Tags = options?.Tags?.ToDictionary(tag => tag.Key, tag => tag.Value) ?? [],
        };

        // Throws InvalidOperationException when the instance exists in one of these states (the service is set to
        // throw rather than silently keep the old instance).
        await _client.CreateTaskOrchestrationAsync(
            new TaskMessage { OrchestrationInstance = instance, Event = started },
            DedupeStatuses(options)).WaitAsync(cancellation);
        return instance.InstanceId;
    }

    public override Task RaiseEventAsync(
        string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        return SendAsync(instanceId, new EventRaisedEvent(-1, _dataConverter.Serialize(eventPayload)) { Name = eventName }, cancellation);
    }

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionSuspendedEvent(-1, reason), cancellation);

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionResumedEvent(-1, reason), cancellation);

    public override Task TerminateInstanceAsync(
        string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        if (options?.Recursive == true)
        {
            throw new NotSupportedException("Recursive termination is not supported by the local engine.");
        }

        cancellation.ThrowIfCancellationRequested();

        // The reason becomes the instance's output, so it is serialized like any other output.
        return _client.ForceTerminateTaskOrchestrationAsync(instanceId, _dataConverter.Serialize(options?.Output)).WaitAsync(cancellation);
    }

    public override async Task<OrchestrationMetadata?> GetInstancesAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        IList<Core.OrchestrationState>? states =
            await _client.GetOrchestrationStateAsync(instanceId, allExecutions: false).WaitAsync(cancellation);
        // DurableTask.AzureStorage answers a missing instance with a list holding one null.
        return states?.FirstOrDefault() is { } state ? ToMetadata(state, getInputsAndOutputs) : null;
    }

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null)
    {
        IOrchestrationServiceQueryClient queries = Require<IOrchestrationServiceQueryClient>("querying instances");
        return Pageable.Create(async (continuation, pageSize, cancellation) =>
        {
            var query = new CoreQuery
            {
                RuntimeStatus = filter?.Statuses?.Select(status => status.ToCoreStatus()).ToList(),
                CreatedTimeFrom = filter?.CreatedFrom?.UtcDateTime,
                CreatedTimeTo = filter?.CreatedTo?.UtcDateTime,
                TaskHubNames = filter?.TaskHubNames?.ToList(),
                InstanceIdPrefix = filter?.InstanceIdPrefix,
                PageSize = pageSize ?? filter?.PageSize ?? OrchestrationQuery.DefaultPageSize,
                ContinuationToken = continuation ?? filter?.ContinuationToken,
                FetchInputsAndOutputs = filter?.FetchInputsAndOutputs ?? false,
            };
            OrchestrationQueryResult result = await queries.GetOrchestrationWithQueryAsync(query, cancellation);
            return new Page<OrchestrationMetadata>(
                result.OrchestrationState.Select(state => ToMetadata(state, query.FetchInputsAndOutputs)).ToList(),
                result.ContinuationToken);
        });
    }

    public override async Task<OrchestrationMetadata> WaitForInstanceStartAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        await PollAsync(instanceId, getInputsAndOutputs, state => state.RuntimeStatus != OrchestrationRuntimeStatus.Pending, cancellation);

    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        await PollAsync(instanceId, getInputsAndOutputs, state => state.IsCompleted, cancellation);

    public override async Task<PurgeResult> PurgeInstanceAsync(
        string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        if (options?.Recursive == true)
        {
            throw new NotSupportedException("Recursive purge is not supported by the local engine.");
        }

        IOrchestrationServicePurgeClient purge = Require<IOrchestrationServicePurgeClient>("purging instances");
        if (await GetInstancesAsync(instanceId, getInputsAndOutputs: false, cancellation) is not { } state)
        {
            return new PurgeResult(0);
        }

        if (!state.IsCompleted)
        {
            throw new InvalidOperationException(
                $"Only a finished instance can be purged; '{instanceId}' is {state.RuntimeStatus}.");
        }

        Core.PurgeResult result = await purge.PurgeInstanceStateAsync(instanceId).WaitAsync(cancellation);
        return new PurgeResult(result.DeletedInstanceCount, result.IsComplete);
    }

    public override async Task<PurgeResult> PurgeAllInstancesAsync(
        PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (options?.Recursive == true)
        {
            throw new NotSupportedException("Recursive purge is not supported by the local engine.");
        }

        IOrchestrationServicePurgeClient purge = Require<IOrchestrationServicePurgeClient>("purging instances");
        var coreFilter = new PurgeInstanceFilter(
            filter.CreatedFrom?.UtcDateTime ?? DateTime.MinValue,
            filter.CreatedTo?.UtcDateTime,
            filter.Statuses?.Select(status => status.ToCoreStatus()));
        Core.PurgeResult result = await purge.PurgeInstanceStateAsync(coreFilter).WaitAsync(cancellation);
        return new PurgeResult(result.DeletedInstanceCount, result.IsComplete);
    }

    public override Task RewindInstanceAsync(string instanceId, string reason, CancellationToken cancellation = default) =>
        throw new NotSupportedException("Rewind is not supported by the local engine.");

    public override Task<string> RestartAsync(string instanceId, bool restartWithNewInstanceId = false, CancellationToken cancellation = default) =>
        throw new NotSupportedException("Restart is not supported by the local engine; schedule a new instance instead.");

    public override Task<Page<string>> ListInstanceIdsAsync(
        IEnumerable<OrchestrationRuntimeStatus>? runtimeStatus = null,
        DateTimeOffset? completedTimeFrom = null,
        DateTimeOffset? completedTimeTo = null,
        int pageSize = OrchestrationQuery.DefaultPageSize,
        string? lastInstanceKey = null,
        CancellationToken cancellation = default) =>
        throw new NotSupportedException("Listing instance ids is not supported by the local engine; use GetAllInstancesAsync.");

    public override Task<IList<HistoryEvent>> GetOrchestrationHistoryAsync(string instanceId, CancellationToken cancellation = default) =>
        throw new NotSupportedException(
            "History is not offered through the client by the local engine; read it from LocalDurableEngine.OrchestrationService.");

    /// <summary>The engine owns the orchestration service; the adapter holds nothing of its own.</summary>
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static Core.OrchestrationStatus[] DedupeStatuses(StartOrchestrationOptions? options)
    {
        IEnumerable<Core.OrchestrationStatus> requested = (options?.DedupeStatuses ?? []).Select(text =>
            Enum.TryParse(text, ignoreCase: true, out OrchestrationRuntimeStatus status)
                ? status.ToCoreStatus()
                : throw new ArgumentException($"'{text}' is not an orchestration status.", nameof(options)));
        return s_runningStatuses.Union(requested).ToArray();
    }

    private async Task<OrchestrationMetadata> PollAsync(
        string instanceId, bool getInputsAndOutputs, Func<OrchestrationMetadata, bool> reached, CancellationToken cancellation)
    {
        // Polling, like the SDK's own clients: the instance table row is the only place the state is written.
        // A missing instance is waited for too; it may be created by another process, and cancellation ends the wait.
        TimeSpan delay = s_firstPollDelay;
        while (true)
        {
            if (await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation) is { } state && reached(state))
            {
                return state;
            }

            await Task.Delay(delay, cancellation);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, s_longestPollDelay.Ticks));
        }
    }

    private Task SendAsync(string instanceId, HistoryEvent historyEvent, CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        cancellation.ThrowIfCancellationRequested();
        return _client.SendTaskOrchestrationMessageAsync(new TaskMessage
        {
            OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId },
            Event = historyEvent,
        }).WaitAsync(cancellation);
    }

    private OrchestrationMetadata ToMetadata(Core.OrchestrationState state, bool getInputsAndOutputs) =>
        new(state.Name, state.OrchestrationInstance.InstanceId)
        {
            DataConverter = _dataConverter,
            RuntimeStatus = state.OrchestrationStatus.ToRuntimeStatus(),
            CreatedAt = state.CreatedTime.ToUtcOffset(),
            LastUpdatedAt = state.LastUpdatedTime.ToUtcOffset(),
            SerializedInput = getInputsAndOutputs ? state.Input : null,
            SerializedOutput = getInputsAndOutputs ? state.Output : null,
            SerializedCustomStatus = getInputsAndOutputs ? state.Status : null,
            Tags = state.Tags is { } tags ? new Dictionary<string, string>(tags) : new Dictionary<string, string>(),
            FailureDetails = state.ToTaskFailureDetails(),
        };

    private T Require<T>(string operation)
        where T : class =>
        _client as T ?? throw new NotSupportedException(
            $"The orchestration service ({_client.GetType().Name}) does not support {operation} ({typeof(T).Name}).");
}

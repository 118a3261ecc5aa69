using MatTran.Durable.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MatTran.Durable.Replay;

/// <summary>
/// The context an orchestrator sees during one replay. It hands out tasks for durable operations, records the actions
/// they imply, and completes the tasks as the executor feeds it history events.
/// </summary>
internal sealed class ReplayOrchestrationContext(ILoggerFactory? loggerFactory) : TaskOrchestrationContext
{
    private readonly SortedDictionary<int, OrchestratorAction> _pendingActions = [];
    private readonly Dictionary<int, OpenTask> _openTasks = [];
    private readonly List<EventWaiter> _waiters = [];
    private readonly List<HistoryEvent> _bufferedEvents = [];
    private readonly ILoggerFactory _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
    private int _sequenceNumber;
    private int _guidCounter;
    private string? _input;
    private TaskName _name;
    private string _instanceId = "";
    private string _version = "";
    private ParentOrchestrationInstance? _parent;

    public override TaskName Name => _name;

    public override string InstanceId => _instanceId;

    public override string Version => _version;

    public override ParentOrchestrationInstance? Parent => _parent;

    public override DateTime CurrentUtcDateTime => CurrentUtc.UtcDateTime;

    public override bool IsReplaying => Replaying;

    internal DateTimeOffset CurrentUtc { get; set; }

    internal bool Replaying { get; set; }

    internal string? CustomStatus { get; private set; }

    internal (string? Input, bool PreserveUnprocessedEvents)? ContinueAsNewRequest { get; private set; }

    /// <summary>Actions scheduled and not (yet) matched by a scheduling event in history, i.e. the new ones.</summary>
    internal IEnumerable<OrchestratorAction> PendingActions => _pendingActions.Values;

    internal IReadOnlyList<HistoryEvent> BufferedEvents => _bufferedEvents;

    internal string? SerializedInput => _input;

    internal void Start(HistoryEvent executionStarted)
    {
        _name = executionStarted.Name ?? "";
        _instanceId = executionStarted.InstanceId ?? "";
        _version = executionStarted.Version ?? "";
        _input = executionStarted.Payload;
        _parent = executionStarted.Parent;
    }

    public override T? GetInput<T>() where T : default => JsonPayload.Deserialize<T>(_input);

    public override Guid NewGuid() =>
        DeterministicGuid.Create(
            DeterministicGuid.OrchestrationNamespace,
            $"{_instanceId}_{CurrentUtcDateTime:o}_{_guidCounter++}");

    public override async Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null)
    {
        var serializedInput = JsonPayload.Serialize(input);
        // Every attempt of one call carries the first attempt's id, so the activity sees one idempotency key for the
        // call however often it is retried (an attempt may have stored its effects before it failed).
        int? firstAttemptId = null;
        var result = await WithRetries(
            options?.Retry?.Policy,
            () =>
            {
                firstAttemptId ??= _sequenceNumber;
                return Schedule(OrchestratorActionType.CallActivity, name.Name, null, null, serializedInput, firstAttemptId);
            });
        return JsonPayload.Deserialize<TResult>(result)!;
    }

    public override async Task<TResult> CallSubOrchestratorAsync<TResult>(
        TaskName orchestratorName, object? input = null, TaskOptions? options = null)
    {
        var serializedInput = JsonPayload.Serialize(input);
        var subOptions = options as SubOrchestrationOptions;
        var result = await WithRetries(
            options?.Retry?.Policy,
            () => Schedule(
                OrchestratorActionType.CallSubOrchestrator,
                orchestratorName.Name,
                subOptions?.Version,
                subOptions?.InstanceId,
                serializedInput));
        return JsonPayload.Deserialize<TResult>(result)!;
    }

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        var utc = fireAt.Kind switch
        {
            DateTimeKind.Local => fireAt.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(fireAt, DateTimeKind.Utc),
            _ => fireAt,
        };
        var id = _sequenceNumber++;
        _pendingActions.Add(id, new OrchestratorAction
        {
            ActionType = OrchestratorActionType.CreateTimer,
            Id = id,
            FireAt = new DateTimeOffset(utc, TimeSpan.Zero),
        });
        var open = new OpenTask("timer", new TaskCompletionSource<string?>());
        _openTasks.Add(id, open);
        if (cancellationToken.CanBeCanceled)
        {
            // Forget the timer so that its TimerFired, if it comes, is ignored.
            open.Registration = cancellationToken.Register(() =>
            {
                if (_openTasks.Remove(id))
                {
                    open.Completion.TrySetCanceled(cancellationToken);
                }
            });
        }

        return open.Completion.Task;
    }

    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        var buffered = _bufferedEvents.FindIndex(e => NameEquals(e.Name, eventName));
        if (buffered >= 0)
        {
            var payload = _bufferedEvents[buffered].Payload;
            _bufferedEvents.RemoveAt(buffered);
            return Task.FromResult(JsonPayload.Deserialize<T>(payload)!);
        }

        var waiter = new EventWaiter(eventName, new TaskCompletionSource<string?>());
        _waiters.Add(waiter);
        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(() =>
            {
                if (_waiters.Remove(waiter))
                {
                    waiter.Completion.TrySetCanceled(cancellationToken);
                }
            });
        }

        return Deserialize<T>(waiter.Completion.Task);
    }

    public override void SendEvent(string instanceId, string eventName, object? payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        var id = _sequenceNumber++;
        _pendingActions.Add(id, new OrchestratorAction
        {
            ActionType = OrchestratorActionType.SendEvent,
            Id = id,
            Name = eventName,
            InstanceId = instanceId,
            Input = JsonPayload.Serialize(payload),
        });
    }

    public override void SetCustomStatus(object? customStatus) => CustomStatus = JsonPayload.Serialize(customStatus);

    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true) =>
        ContinueAsNewRequest = (JsonPayload.Serialize(newInput), preserveUnprocessedEvents);

    public override ILogger CreateReplaySafeLogger(string categoryName) =>
        new ReplaySafeLogger(_loggerFactory.CreateLogger(categoryName), () => Replaying);

    /// <summary>Takes the scheduled action <paramref name="scheduled"/> names out of the pending set, or reports non-determinism.</summary>
    internal void MatchScheduledAction(HistoryEvent scheduled)
    {
        var id = scheduled.EventId ?? -1;
        var expected = OrchestratorAction.Describe(scheduled.EventType, id, scheduled.Name, scheduled.FireAt);
        if (!_pendingActions.TryGetValue(id, out var action))
        {
            var actual = _pendingActions.Count == 0 ? "no further action" : _pendingActions.Values.First().ToString();
            throw new NonDeterministicOrchestrationException(expected, actual);
        }

        if (action.HistoryEventType != scheduled.EventType || !NameEquals(action.Name, scheduled.Name))
        {
            throw new NonDeterministicOrchestrationException(expected, action.ToString());
        }

        _pendingActions.Remove(id);
    }

    internal void Complete(HistoryEvent completion)
    {
        var id = completion.TaskScheduledId ?? -1;
        if (!_openTasks.Remove(id, out var open))
        {
            // A cancelled timer firing, or a result for a task this replay no longer waits on.
            return;
        }

        open.Registration.Dispose();
        switch (completion.EventType)
        {
            case HistoryEventType.TaskFailed or HistoryEventType.SubOrchestrationFailed:
                var failure = completion.Failure ?? new TaskFailureDetails("Unknown", "The task failed without details.");
                open.Completion.TrySetException(new TaskFailedException(open.Name, id, failure));
                break;
            default:
                open.Completion.TrySetResult(completion.Payload);
                break;
        }
    }

    internal void RaiseEvent(HistoryEvent raised)
    {
        var waiter = _waiters.Find(w => NameEquals(w.Name, raised.Name));
        if (waiter is null)
        {
            _bufferedEvents.Add(raised);
            return;
        }

        _waiters.Remove(waiter);
        waiter.Registration.Dispose();
        waiter.Completion.TrySetResult(raised.Payload);
    }

    private Task<string?> Schedule(
        OrchestratorActionType type, string name, string? version, string? instanceId, string? input, int? firstAttemptId = null)
    {
        var id = _sequenceNumber++;
        if (type == OrchestratorActionType.CallSubOrchestrator)
        {
            instanceId ??= $"{_instanceId}:{id}";
        }

        _pendingActions.Add(id, new OrchestratorAction
        {
            ActionType = type,
            Id = id,
            Name = name,
            Version = version,
            InstanceId = instanceId,
            Input = input,
            FirstAttemptId = firstAttemptId,
        });
        var open = new OpenTask(name, new TaskCompletionSource<string?>());
        _openTasks.Add(id, open);
        return open.Completion.Task;
    }

    private async Task<string?> WithRetries(RetryPolicy? policy, Func<Task<string?>> attempt)
    {
        if (policy is null)
        {
            return await attempt();
        }

        DateTime? firstFailureAt = null;
        for (var attemptNumber = 1; ; attemptNumber++)
        {
            try
            {
                return await attempt();
            }
            catch (TaskFailedException failed)
                when (attemptNumber < policy.MaxNumberOfAttempts && policy.HandleFailure(failed.FailureDetails))
            {
                firstFailureAt ??= CurrentUtcDateTime;
                var retryAt = CurrentUtcDateTime + policy.GetDelay(attemptNumber);
                if (policy.RetryTimeout != Timeout.InfiniteTimeSpan && retryAt > firstFailureAt + policy.RetryTimeout)
                {
                    throw;
                }

                await CreateTimer(retryAt, CancellationToken.None);
            }
        }
    }

    private static async Task<T> Deserialize<T>(Task<string?> raw) => JsonPayload.Deserialize<T>(await raw)!;

    private static bool NameEquals(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private sealed class OpenTask(string name, TaskCompletionSource<string?> completion)
    {
        public string Name { get; } = name;

        public TaskCompletionSource<string?> Completion { get; } = completion;

        public CancellationTokenRegistration Registration { get; set; }
    }

    private sealed class EventWaiter(string name, TaskCompletionSource<string?> completion)
    {
        public string Name { get; } = name;

        public TaskCompletionSource<string?> Completion { get; } = completion;

        public CancellationTokenRegistration Registration { get; set; }
    }
}

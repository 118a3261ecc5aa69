using Microsoft.Extensions.Logging;

namespace MatTran.Durable;

/// <summary>
/// The orchestrator's view of its instance and the durable operations it may await, with the names and semantics of
/// Microsoft.DurableTask's <c>TaskOrchestrationContext</c>.
/// </summary>
public abstract class TaskOrchestrationContext
{
    public abstract TaskName Name { get; }

    public abstract string InstanceId { get; }

    /// <summary>The orchestrator version this instance is pinned to ("" when unversioned).</summary>
    public abstract string Version { get; }

    /// <summary>The parent orchestration when this instance runs as a sub-orchestration.</summary>
    public abstract ParentOrchestrationInstance? Parent { get; }

    /// <summary>The time of the current episode, the same on every replay of it (UTC).</summary>
    public abstract DateTime CurrentUtcDateTime { get; }

    /// <summary>True while the orchestrator re-executes code that already ran in an earlier episode.</summary>
    public abstract bool IsReplaying { get; }

    public abstract T? GetInput<T>();

    /// <summary>A GUID that is the same on every replay (name-based UUID v5 of instance id, time and a counter).</summary>
    public abstract Guid NewGuid();

    public abstract Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null);

    public virtual Task CallActivityAsync(TaskName name, object? input = null, TaskOptions? options = null) =>
        CallActivityAsync<object?>(name, input, options);

    public abstract Task<TResult> CallSubOrchestratorAsync<TResult>(
        TaskName orchestratorName, object? input = null, TaskOptions? options = null);

    public virtual Task CallSubOrchestratorAsync(TaskName orchestratorName, object? input = null, TaskOptions? options = null) =>
        CallSubOrchestratorAsync<object?>(orchestratorName, input, options);

    /// <summary>A durable timer; a cancelled timer's task completes as cancelled and its later firing is ignored.</summary>
    public abstract Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    public virtual Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken) =>
        CreateTimer(CurrentUtcDateTime.Add(delay), cancellationToken);

    /// <summary>
    /// Waits for an event raised with <see cref="DurableTaskClient.RaiseEventAsync"/>. Names are case-insensitive;
    /// events raised before anyone waits are buffered first-in first-out per name. Cancelling the token cancels the wait.
    /// </summary>
    public abstract Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    /// <summary>Waits for an event at most <paramref name="timeout"/>; on timeout the task is cancelled (TaskCanceledException).</summary>
    public virtual async Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout)
    {
        // As in Microsoft.DurableTask: the timeout is a durable timer racing the event; the loser is cancelled.
        using var timerCancellation = new CancellationTokenSource();
        var timeoutTask = CreateTimer(timeout, timerCancellation.Token);
        using var eventCancellation = new CancellationTokenSource();
        var eventTask = WaitForExternalEvent<T>(eventName, eventCancellation.Token);
        var winner = await Task.WhenAny(timeoutTask, eventTask);
        if (winner == timeoutTask)
        {
            eventCancellation.Cancel();
        }
        else
        {
            timerCancellation.Cancel();
        }

        return await eventTask;
    }

    /// <summary>Sends an event to another orchestration instance (fire and forget).</summary>
    public abstract void SendEvent(string instanceId, string eventName, object? payload);

    /// <summary>A JSON-serialisable value shown in queries and status reads; the last value set in an episode wins.</summary>
    public abstract void SetCustomStatus(object? customStatus);

    /// <summary>
    /// Restarts this instance with a new input and empty history once the orchestrator returns. Buffered events not yet
    /// received are carried into the new execution unless <paramref name="preserveUnprocessedEvents"/> is false.
    /// </summary>
    public abstract void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true);

    /// <summary>A logger that writes nothing while the orchestrator replays.</summary>
    public abstract ILogger CreateReplaySafeLogger(string categoryName);

    public virtual ILogger CreateReplaySafeLogger(Type type) => CreateReplaySafeLogger(type.FullName ?? type.Name);

    public virtual ILogger CreateReplaySafeLogger<T>() => CreateReplaySafeLogger(typeof(T));
}

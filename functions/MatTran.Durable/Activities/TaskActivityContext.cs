namespace MatTran.Durable;

/// <summary>What an activity knows about the call it serves.</summary>
public sealed class TaskActivityContext
{
    internal TaskActivityContext(
        TaskName name, string instanceId, string executionId, int taskId, CancellationToken cancellationToken, int? firstAttemptId = null)
    {
        Name = name;
        InstanceId = instanceId;
        ExecutionId = executionId;
        TaskId = taskId;
        FirstAttemptId = firstAttemptId ?? taskId;
        CancellationToken = cancellationToken;
    }

    public TaskName Name { get; }

    /// <summary>The orchestration instance that scheduled this call.</summary>
    public string InstanceId { get; }

    /// <summary>The execution of that instance (changes with ContinueAsNew).</summary>
    public string ExecutionId { get; }

    /// <summary>The call's sequence number inside the execution.</summary>
    public int TaskId { get; }

    /// <summary>
    /// The first attempt's sequence number when the call is retried under a <see cref="RetryPolicy"/> (each attempt is a
    /// task of its own); <see cref="TaskId"/> otherwise.
    /// </summary>
    public int FirstAttemptId { get; }

    /// <summary>
    /// Stable across redeliveries and policy retries of the same call, distinct between calls: use it to make side
    /// effects idempotent.
    /// </summary>
    public string IdempotencyKey => $"{InstanceId}/{ExecutionId}/{FirstAttemptId}";

    /// <summary>Signalled when the worker shuts down.</summary>
    public CancellationToken CancellationToken { get; }
}

namespace MatTran.Durable;

/// <summary>What an activity knows about the call it serves.</summary>
public sealed class TaskActivityContext
{
    internal TaskActivityContext(TaskName name, string instanceId, string executionId, int taskId, CancellationToken cancellationToken)
    {
        Name = name;
        InstanceId = instanceId;
        ExecutionId = executionId;
        TaskId = taskId;
        CancellationToken = cancellationToken;
    }

    public TaskName Name { get; }

    /// <summary>The orchestration instance that scheduled this call.</summary>
    public string InstanceId { get; }

    /// <summary>The execution of that instance (changes with ContinueAsNew).</summary>
    public string ExecutionId { get; }

    /// <summary>The call's sequence number inside the execution.</summary>
    public int TaskId { get; }

    /// <summary>Stable across redeliveries of the same call: use it to make side effects idempotent.</summary>
    public string IdempotencyKey => $"{InstanceId}/{ExecutionId}/{TaskId}";

    /// <summary>Signalled when the worker shuts down.</summary>
    public CancellationToken CancellationToken { get; }
}

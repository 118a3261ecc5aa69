using MatTran.Durable.Serialization;

namespace MatTran.Durable;

/// <summary>The state of an orchestration instance as a client sees it (Microsoft.DurableTask's <c>OrchestrationMetadata</c>).</summary>
public sealed class OrchestrationMetadata
{
    public OrchestrationMetadata(string name, string instanceId)
    {
        Name = name;
        InstanceId = instanceId;
    }

    public string Name { get; }

    public string InstanceId { get; }

    public string Version { get; init; } = "";

    public OrchestrationRuntimeStatus RuntimeStatus { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset LastUpdatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public DateTimeOffset? ScheduledStartAt { get; init; }

    public string? ParentInstanceId { get; init; }

    /// <summary>JSON input; null unless inputs and outputs were requested.</summary>
    public string? SerializedInput { get; init; }

    /// <summary>JSON output; null unless inputs and outputs were requested.</summary>
    public string? SerializedOutput { get; init; }

    public string? SerializedCustomStatus { get; init; }

    public TaskFailureDetails? FailureDetails { get; init; }

    public bool IsRunning => RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Suspended;

    public bool IsCompleted => RuntimeStatus is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed
        or OrchestrationRuntimeStatus.Terminated;

    public T? ReadInputAs<T>() => JsonPayload.Deserialize<T>(SerializedInput);

    public T? ReadOutputAs<T>() => JsonPayload.Deserialize<T>(SerializedOutput);

    public T? ReadCustomStatusAs<T>() => JsonPayload.Deserialize<T>(SerializedCustomStatus);
}

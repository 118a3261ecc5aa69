namespace MatTran.Durable;

/// <summary>
/// Options of a sub-orchestration call. Without an <see cref="InstanceId"/> the child gets a derived, deterministic id
/// <c>{parentInstanceId}:{sequenceNumber}</c>; without a <see cref="Version"/> it gets the default version.
/// </summary>
public sealed class SubOrchestrationOptions : TaskOptions
{
    public SubOrchestrationOptions(TaskRetryOptions? retry = null, string? instanceId = null)
        : base(retry) => InstanceId = instanceId;

    public SubOrchestrationOptions(TaskOptions options, string? instanceId = null)
        : base(options?.Retry)
    {
        InstanceId = instanceId;
        if (options is SubOrchestrationOptions sub)
        {
            InstanceId ??= sub.InstanceId;
            Version = sub.Version;
        }
    }

    public string? InstanceId { get; init; }

    public string? Version { get; init; }
}

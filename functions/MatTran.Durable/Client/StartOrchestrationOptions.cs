namespace MatTran.Durable;

/// <summary>Options for a new instance: its id (a new GUID when null), a delayed start, and the version to pin it to.</summary>
public sealed record StartOrchestrationOptions(string? InstanceId = null, DateTimeOffset? StartAt = null)
{
    /// <summary>Orchestrator version; null means the configured default (or the highest registered version).</summary>
    public string? Version { get; init; }
}

namespace MatTran.Durable.Replay;

/// <summary>
/// One durable operation the orchestrator scheduled, identified by its sequence number <see cref="Id"/>. New actions
/// become scheduling events in history and messages in the outbox.
/// </summary>
internal sealed record OrchestratorAction
{
    public required OrchestratorActionType ActionType { get; init; }

    public required int Id { get; init; }

    /// <summary>Activity, orchestrator or event name.</summary>
    public string? Name { get; init; }

    public string? Version { get; init; }

    /// <summary>Sub-orchestration instance id or event target.</summary>
    public string? InstanceId { get; init; }

    public string? Input { get; init; }

    public DateTimeOffset? FireAt { get; init; }

    /// <summary>For an activity retried under a <see cref="RetryPolicy"/>: the id of the first attempt, shared by all attempts.</summary>
    public int? FirstAttemptId { get; init; }

    public HistoryEventType HistoryEventType => ActionType switch
    {
        OrchestratorActionType.CallActivity => HistoryEventType.TaskScheduled,
        OrchestratorActionType.CallSubOrchestrator => HistoryEventType.SubOrchestrationCreated,
        OrchestratorActionType.CreateTimer => HistoryEventType.TimerCreated,
        _ => HistoryEventType.EventSent,
    };

    public HistoryEvent ToHistoryEvent(DateTimeOffset timestamp) => new()
    {
        EventType = HistoryEventType,
        Timestamp = timestamp,
        EventId = Id,
        Name = Name,
        Version = Version,
        InstanceId = InstanceId,
        Payload = Input,
        FireAt = FireAt,
    };

    public static string Describe(HistoryEventType type, int id, string? name, DateTimeOffset? fireAt) => type switch
    {
        HistoryEventType.TaskScheduled => $"CallActivity '{name}' (#{id})",
        HistoryEventType.SubOrchestrationCreated => $"CallSubOrchestrator '{name}' (#{id})",
        HistoryEventType.TimerCreated => $"CreateTimer {fireAt:O} (#{id})",
        HistoryEventType.EventSent => $"SendEvent '{name}' (#{id})",
        _ => $"{type} (#{id})",
    };

    public override string ToString() => Describe(HistoryEventType, Id, Name, FireAt);
}

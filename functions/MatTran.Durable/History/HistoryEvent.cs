using System.Text.Json.Serialization;

namespace MatTran.Durable;

/// <summary>
/// One event of an orchestration's history. A single flat record (rather than a class per kind) so that history rows
/// stay compact JSON and audit readers need no type switch; fields a kind does not use are null.
/// </summary>
public sealed record HistoryEvent
{
    public required HistoryEventType EventType { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>Sequence number of a scheduling event (TaskScheduled, SubOrchestrationCreated, TimerCreated, EventSent).</summary>
    public int? EventId { get; init; }

    /// <summary>For a completion (TaskCompleted/Failed, SubOrchestrationCompleted/Failed, TimerFired): the EventId it completes.</summary>
    public int? TaskScheduledId { get; init; }

    /// <summary>Orchestrator, activity or event name.</summary>
    public string? Name { get; init; }

    public string? Version { get; init; }

    /// <summary>Sub-orchestration instance, event target, or (on ExecutionStarted) this instance.</summary>
    public string? InstanceId { get; init; }

    /// <summary>On ExecutionStarted: the execution it starts.</summary>
    public string? ExecutionId { get; init; }

    /// <summary>JSON of the input, result, event data or termination output.</summary>
    public string? Payload { get; init; }

    public DateTimeOffset? FireAt { get; init; }

    public TaskFailureDetails? Failure { get; init; }

    /// <summary>On ExecutionStarted of a sub-orchestration: the parent.</summary>
    public ParentOrchestrationInstance? Parent { get; init; }

    /// <summary>On ExecutionStarted after ContinueAsNew: events carried over from the previous execution.</summary>
    public IReadOnlyList<HistoryEvent>? CarryoverEvents { get; init; }

    [JsonIgnore]
    public bool IsScheduling => EventType is HistoryEventType.TaskScheduled or HistoryEventType.SubOrchestrationCreated
        or HistoryEventType.TimerCreated or HistoryEventType.EventSent;

    [JsonIgnore]
    public bool IsCompletion => EventType is HistoryEventType.TaskCompleted or HistoryEventType.TaskFailed
        or HistoryEventType.SubOrchestrationCompleted or HistoryEventType.SubOrchestrationFailed
        or HistoryEventType.TimerFired;

    public override string ToString() => EventType switch
    {
        _ when IsScheduling => $"{EventType} '{Name ?? FireAt?.ToString("O")}' (#{EventId})",
        _ when IsCompletion => $"{EventType} (#{TaskScheduledId})",
        _ => Name is null ? EventType.ToString() : $"{EventType} '{Name}'",
    };
}

namespace MatTran.Durable.Storage;

/// <summary>
/// One side effect recorded in an episode's outbox row. Every kind is idempotent (fixed keys, insert-if-absent,
/// upsert), so carrying an outbox out twice after a crash does no harm.
/// </summary>
internal sealed record OutboxMessage
{
    public required OutboxMessageKind Kind { get; init; }

    /// <summary>The instance the effect is for (target of Deliver/Poke/Timer, the child of CreateInstance).</summary>
    public required string InstanceId { get; init; }

    /// <summary>Deliver/Timer: inbox row key in the target partition.</summary>
    public string? InboxKey { get; init; }

    /// <summary>Deliver/Timer: the execution the message is meant for (null: whichever runs).</summary>
    public string? ExecutionId { get; init; }

    /// <summary>Deliver/Timer: the message; CreateInstance: its ExecutionStarted event.</summary>
    public HistoryEvent? Event { get; init; }

    public DateTimeOffset? FireAt { get; init; }

    public ActivityWorkItem? WorkItem { get; init; }

    /// <summary>CreateInstance: the parent's execution and task, to recognise a repeat and to report back.</summary>
    public string? ParentExecutionId { get; init; }

    public int? ParentTaskId { get; init; }

    /// <summary>DeleteHistory: the range of history sequences to remove, inclusive.</summary>
    public int? FromSequence { get; init; }

    public int? ToSequence { get; init; }
}

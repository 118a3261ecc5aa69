namespace MatTran.Durable.Storage;

/// <summary>The side effects an episode leaves for after its commit.</summary>
internal enum OutboxMessageKind
{
    /// <summary>Enqueue an activity work item.</summary>
    WorkItem,

    /// <summary>Write a timer row (or deliver at once when already due).</summary>
    Timer,

    /// <summary>Create and start a sub-orchestration instance.</summary>
    CreateInstance,

    /// <summary>Insert a message into an instance's inbox (insert-if-absent) and poke it.</summary>
    Deliver,

    /// <summary>Send a control message so that the instance runs another episode.</summary>
    Poke,

    /// <summary>Delete history rows of executions ended by ContinueAsNew.</summary>
    DeleteHistory,
}

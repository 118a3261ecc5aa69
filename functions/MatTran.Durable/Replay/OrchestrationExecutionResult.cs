namespace MatTran.Durable.Replay;

/// <summary>
/// The outcome of replaying an orchestrator over its history and new events: the actions it newly scheduled and,
/// when it finished, how (Completed, Failed or ContinuedAsNew).
/// </summary>
internal sealed record OrchestrationExecutionResult
{
    /// <summary>Running while the orchestrator waits; otherwise Completed, Failed or ContinuedAsNew.</summary>
    public required OrchestrationRuntimeStatus Status { get; init; }

    public required IReadOnlyList<OrchestratorAction> Actions { get; init; }

    /// <summary>The last custom status the orchestrator set (JSON), or null.</summary>
    public string? CustomStatus { get; init; }

    /// <summary>JSON output when Completed; the new input when ContinuedAsNew.</summary>
    public string? Output { get; init; }

    public TaskFailureDetails? Failure { get; init; }

    /// <summary>Events received but never awaited, carried into the next execution by ContinueAsNew.</summary>
    public IReadOnlyList<HistoryEvent> CarryoverEvents { get; init; } = [];

    /// <summary>The version of the next execution after ContinueAsNew (the same as this one).</summary>
    public string? Version { get; init; }

    public bool IsFinished => Status != OrchestrationRuntimeStatus.Running;
}

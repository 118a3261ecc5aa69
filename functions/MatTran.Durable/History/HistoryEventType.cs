namespace MatTran.Durable;

/// <summary>The kinds of events an orchestration's history is made of (the Durable Task Framework's vocabulary).</summary>
public enum HistoryEventType
{
    ExecutionStarted,
    OrchestratorStarted,
    TaskScheduled,
    TaskCompleted,
    TaskFailed,
    SubOrchestrationCreated,
    SubOrchestrationCompleted,
    SubOrchestrationFailed,
    TimerCreated,
    TimerFired,
    EventRaised,
    EventSent,
    ExecutionCompleted,
    ExecutionFailed,
    ExecutionTerminated,
    ContinueAsNew,
    ExecutionSuspended,
    ExecutionResumed,
}

using MatTran.Durable.Replay;
using MatTran.Durable.Serialization;

namespace MatTran.Durable.Tests.Replay;

/// <summary>Builds history events for replay tests and runs the executor over them.</summary>
internal static class History
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);

    public static HistoryEvent Started(DateTimeOffset at) =>
        new() { EventType = HistoryEventType.OrchestratorStarted, Timestamp = at };

    public static HistoryEvent Execution(object? input, string version = "", string instanceId = "inst-1", string name = "Test") => new()
    {
        EventType = HistoryEventType.ExecutionStarted,
        Timestamp = T0,
        Name = name,
        Version = version,
        InstanceId = instanceId,
        ExecutionId = "e1",
        Payload = JsonPayload.Serialize(input),
    };

    public static HistoryEvent Scheduled(int id, string name) =>
        new() { EventType = HistoryEventType.TaskScheduled, Timestamp = T0, EventId = id, Name = name };

    public static HistoryEvent SubCreated(int id, string name, string instanceId) => new()
    {
        EventType = HistoryEventType.SubOrchestrationCreated, Timestamp = T0, EventId = id, Name = name, InstanceId = instanceId,
    };

    public static HistoryEvent TimerCreated(int id, DateTimeOffset fireAt) =>
        new() { EventType = HistoryEventType.TimerCreated, Timestamp = T0, EventId = id, FireAt = fireAt };

    public static HistoryEvent Completed(int id, object? result) => new()
    {
        EventType = HistoryEventType.TaskCompleted, Timestamp = T0, TaskScheduledId = id, Payload = JsonPayload.Serialize(result),
    };

    public static HistoryEvent SubCompleted(int id, object? result) => new()
    {
        EventType = HistoryEventType.SubOrchestrationCompleted, Timestamp = T0, TaskScheduledId = id,
        Payload = JsonPayload.Serialize(result),
    };

    public static HistoryEvent Failed(int id, string message) => new()
    {
        EventType = HistoryEventType.TaskFailed, Timestamp = T0, TaskScheduledId = id,
        Failure = new TaskFailureDetails(typeof(InvalidOperationException).FullName!, message),
    };

    public static HistoryEvent Fired(int id, DateTimeOffset fireAt) =>
        new() { EventType = HistoryEventType.TimerFired, Timestamp = fireAt, TaskScheduledId = id, FireAt = fireAt };

    public static HistoryEvent Raised(string name, object? payload) => new()
    {
        EventType = HistoryEventType.EventRaised, Timestamp = T0, Name = name, Payload = JsonPayload.Serialize(payload),
    };

    public static OrchestrationExecutionResult Run<TIn, TOut>(
        Func<TaskOrchestrationContext, TIn, Task<TOut>> orchestrator,
        IReadOnlyList<HistoryEvent> past,
        params HistoryEvent[] newEvents) =>
        new OrchestrationExecutor(new MatTran.Durable.Registration.FuncOrchestrator<TIn, TOut>(orchestrator)).Execute(past, newEvents);

    public static T? Output<T>(this OrchestrationExecutionResult result) => JsonPayload.Deserialize<T>(result.Output);
}

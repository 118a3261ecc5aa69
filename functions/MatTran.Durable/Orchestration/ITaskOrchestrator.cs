namespace MatTran.Durable;

/// <summary>Untyped view of an orchestrator, used by the replay executor.</summary>
public interface ITaskOrchestrator
{
    Type InputType { get; }

    Type OutputType { get; }

    Task<object?> RunAsync(TaskOrchestrationContext context, object? input);
}

namespace MatTran.Durable;

/// <summary>
/// Base class of an orchestrator, as in Microsoft.DurableTask. <see cref="RunAsync"/> is replayed from history many
/// times, so it must be deterministic: time from <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/>, ids from
/// <see cref="TaskOrchestrationContext.NewGuid"/>, side effects in activities, and no awaits on anything but the
/// context's tasks (no Task.Run, Task.Delay or ConfigureAwait(false)).
/// </summary>
public abstract class TaskOrchestrator<TInput, TOutput> : ITaskOrchestrator
{
    Type ITaskOrchestrator.InputType => typeof(TInput);

    Type ITaskOrchestrator.OutputType => typeof(TOutput);

    public abstract Task<TOutput> RunAsync(TaskOrchestrationContext context, TInput input);

    async Task<object?> ITaskOrchestrator.RunAsync(TaskOrchestrationContext context, object? input) =>
        await RunAsync(context, (TInput)input!);
}

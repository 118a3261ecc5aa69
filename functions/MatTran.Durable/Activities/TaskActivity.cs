namespace MatTran.Durable;

/// <summary>
/// Base class of an activity, as in Microsoft.DurableTask. Activities run at least once (a crash after the work but
/// before the result is stored runs them again), so they should be idempotent; use
/// <see cref="TaskActivityContext.IdempotencyKey"/> to recognise a repeat.
/// </summary>
public abstract class TaskActivity<TInput, TOutput> : ITaskActivity
{
    Type ITaskActivity.InputType => typeof(TInput);

    Type ITaskActivity.OutputType => typeof(TOutput);

    public abstract Task<TOutput> RunAsync(TaskActivityContext context, TInput input);

    async Task<object?> ITaskActivity.RunAsync(TaskActivityContext context, object? input) =>
        await RunAsync(context, (TInput)input!);
}

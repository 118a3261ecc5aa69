namespace MatTran.Durable.Registration;

/// <summary>An activity given as a delegate (DurableTaskRegistry.AddActivityFunc in Microsoft.DurableTask).</summary>
internal sealed class FuncActivity<TInput, TOutput>(Func<TaskActivityContext, TInput, Task<TOutput>> run)
    : TaskActivity<TInput, TOutput>
{
    public override Task<TOutput> RunAsync(TaskActivityContext context, TInput input) => run(context, input);
}

namespace MatTran.Durable.Registration;

/// <summary>An orchestrator given as a delegate (DurableTaskRegistry.AddOrchestratorFunc in Microsoft.DurableTask).</summary>
internal sealed class FuncOrchestrator<TInput, TOutput>(Func<TaskOrchestrationContext, TInput, Task<TOutput>> run)
    : TaskOrchestrator<TInput, TOutput>
{
    public override Task<TOutput> RunAsync(TaskOrchestrationContext context, TInput input) => run(context, input);
}

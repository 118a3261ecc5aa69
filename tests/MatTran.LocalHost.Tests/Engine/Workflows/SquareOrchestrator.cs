using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

public sealed class SquareOrchestrator : TaskOrchestrator<int, long>
{
    public const string Name = "Square";

    public override Task<long> RunAsync(TaskOrchestrationContext context, int input) =>
        context.CallActivityAsync<long>(SquareActivity.Name, input);
}

using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>The plan's shape: one sub-orchestration per item, all at once, then the fan-in.</summary>
public sealed class FanOutOrchestrator : TaskOrchestrator<int, long>
{
    public const string Name = "FanOut";

    public override async Task<long> RunAsync(TaskOrchestrationContext context, int input)
    {
        long[] squares = await Task.WhenAll(Enumerable.Range(1, input)
            .Select(n => context.CallSubOrchestratorAsync<long>(SquareOrchestrator.Name, n)));
        return squares.Sum();
    }
}

using Microsoft.DurableTask;

namespace MatTran.Bench;

/// <summary>(b)'s workload: three activities one after another, the shape of most inspection steps.</summary>
internal sealed class ThreeStepOrchestrator : TaskOrchestrator<int, int>
{
    public const string Name = "BenchThreeSteps";

    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        var value = input;
        for (var step = 0; step < 3; step++)
        {
            value = await context.CallActivityAsync<int>(AddOneActivity.Name, value);
        }

        return value;
    }
}

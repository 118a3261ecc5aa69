using Microsoft.DurableTask;

namespace MatTran.Bench;

/// <summary>An activity with no I/O of its own, so (b) measures the engine's storage traffic alone.</summary>
internal sealed class AddOneActivity : TaskActivity<int, int>
{
    public const string Name = "BenchAddOne";

    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input + 1);
}

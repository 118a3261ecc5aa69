using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

public sealed class SquareActivity : TaskActivity<int, long>
{
    public const string Name = "SquareNumber";

    public override Task<long> RunAsync(TaskActivityContext context, int input) => Task.FromResult((long)input * input);
}

using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

public sealed class GateActivity(ActivityGate gate) : TaskActivity<string, string>
{
    public const string Name = "Gate";

    public override async Task<string> RunAsync(TaskActivityContext context, string input)
    {
        await gate.EnterAsync(input);
        return input;
    }
}

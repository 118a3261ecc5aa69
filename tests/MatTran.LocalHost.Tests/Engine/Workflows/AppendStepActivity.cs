using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

public sealed class AppendStepActivity : TaskActivity<StepInput, string>
{
    public const string Name = "AppendStep";

    public override async Task<string> RunAsync(TaskActivityContext context, StepInput input)
    {
        if (input.Milliseconds > 0)
        {
            await Task.Delay(input.Milliseconds);
        }

        return $"{input.Text}>{input.Step}";
    }
}

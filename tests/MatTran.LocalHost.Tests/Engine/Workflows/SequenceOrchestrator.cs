using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>Three activities in a row, each building on the previous result.</summary>
public sealed class SequenceOrchestrator : TaskOrchestrator<SequenceRequest, string[]>
{
    public const string Name = "Sequence";

    public override async Task<string[]> RunAsync(TaskOrchestrationContext context, SequenceRequest input)
    {
        var results = new List<string>();
        string text = input.Seed;
        for (int step = 1; step <= 3; step++)
        {
            text = await context.CallActivityAsync<string>(AppendStepActivity.Name, new StepInput(text, step, input.StepMilliseconds));
            results.Add(text);
        }

        return [.. results];
    }
}

using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>An activity, a wait for an event, another activity: a workflow a stopped worker leaves half done.</summary>
public sealed class StepWaitStepOrchestrator : TaskOrchestrator<string, string>
{
    public const string Name = "StepWaitStep";
    public const string EventName = "continue";
    public const string Waiting = "waiting";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        string text = await context.CallActivityAsync<string>(AppendStepActivity.Name, new StepInput(input, 1, 0));
        context.SetCustomStatus(Waiting);
        string payload = await context.WaitForExternalEvent<string>(EventName);
        return await context.CallActivityAsync<string>(AppendStepActivity.Name, new StepInput(text + payload, 2, 0));
    }
}

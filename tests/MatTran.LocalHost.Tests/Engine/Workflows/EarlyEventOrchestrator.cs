using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>Busy in an activity first, and only then waits for the event (which may have arrived meanwhile).</summary>
public sealed class EarlyEventOrchestrator : TaskOrchestrator<string, string>
{
    public const string Name = "EarlyEvent";
    public const string EventName = "early";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        await context.CallActivityAsync<string>(GateActivity.Name, input);
        return await context.WaitForExternalEvent<string>(EventName);
    }
}

using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>Sleeps <c>input</c> days on one durable timer (as a real-time inspection waits for its notice day).</summary>
public sealed class LongTimerOrchestrator : TaskOrchestrator<int, string>
{
    public const string Name = "LongTimer";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, int input)
    {
        await context.CreateTimer(context.CurrentUtcDateTime.AddDays(input), CancellationToken.None);
        return "woke up";
    }
}

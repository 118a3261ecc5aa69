using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>Sleeps on one durable timer (as an inspection waits for its notice day) and reports when it woke.</summary>
public sealed class TimerOrchestrator : TaskOrchestrator<TimeSpan, TimerReport>
{
    public const string Name = "Timer";

    public override async Task<TimerReport> RunAsync(TaskOrchestrationContext context, TimeSpan input)
    {
        DateTime fireAt = context.CurrentUtcDateTime + input;
        await context.CreateTimer(fireAt, CancellationToken.None);
        return new TimerReport(fireAt, context.CurrentUtcDateTime);
    }
}

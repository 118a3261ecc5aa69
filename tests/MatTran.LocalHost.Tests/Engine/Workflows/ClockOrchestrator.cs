using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>Returns the orchestration time of its first episode (when a scheduled start really started).</summary>
public sealed class ClockOrchestrator : TaskOrchestrator<string?, DateTime>
{
    public const string Name = "Clock";

    public override Task<DateTime> RunAsync(TaskOrchestrationContext context, string? input) =>
        Task.FromResult(context.CurrentUtcDateTime);
}

using Microsoft.DurableTask;

namespace MatTran.Functions.Tests.Maintenance;

/// <summary>An orchestration that finishes at once.</summary>
internal sealed class FinishingOrchestrator : TaskOrchestrator<string, string>
{
    public const string Name = "PurgeTest_Finishing";

    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) => Task.FromResult(input);
}

/// <summary>An orchestration that waits for an event that never comes: it stays running.</summary>
internal sealed class WaitingOrchestrator : TaskOrchestrator<string, string>
{
    public const string Name = "PurgeTest_Waiting";

    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
        context.WaitForExternalEvent<string>("never");
}

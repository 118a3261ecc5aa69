using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

public sealed class RetryOrchestrator : TaskOrchestrator<RetryRequest, int>
{
    public const string Name = "Retry";

    public override Task<int> RunAsync(TaskOrchestrationContext context, RetryRequest input) =>
        context.CallActivityAsync<int>(
            FlakyActivity.Name,
            input.Key,
            TaskOptions.FromRetryPolicy(new RetryPolicy(input.MaxAttempts, TimeSpan.FromMilliseconds(100))));
}

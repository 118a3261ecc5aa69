using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>The app's long wait: an event or a deadline, whichever comes first; the timer is cancelled when the event wins.</summary>
public sealed class ApprovalOrchestrator : TaskOrchestrator<ApprovalRequest, string>
{
    public const string Name = "Approval";
    public const string EventName = "approval";
    public const string Waiting = "waiting";
    public const string TimedOut = "timed out";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, ApprovalRequest input)
    {
        using var timerCancellation = new CancellationTokenSource();
        Task<string> decision = context.WaitForExternalEvent<string>(EventName);
        Task deadline = context.CreateTimer(context.CurrentUtcDateTime + input.Timeout, timerCancellation.Token);
        context.SetCustomStatus(Waiting);

        if (await Task.WhenAny(decision, deadline) == decision)
        {
            timerCancellation.Cancel();
            return "approved by " + await decision;
        }

        return TimedOut;
    }
}

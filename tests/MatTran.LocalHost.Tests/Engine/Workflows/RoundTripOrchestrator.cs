using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>Passes one value through every channel a payload travels: input, activity, custom status, event, output.</summary>
public sealed class RoundTripOrchestrator<T> : TaskOrchestrator<T, RoundTrip<T>>
{
    public const string EventName = "payload";

    public static string Name => "RoundTrip" + typeof(T).Name;

    public override async Task<RoundTrip<T>> RunAsync(TaskOrchestrationContext context, T input)
    {
        T fromActivity = await context.CallActivityAsync<T>(EchoActivity<T>.Name, input);
        context.SetCustomStatus(new RoundTripStatus<T>(EventName, input));
        T fromEvent = await context.WaitForExternalEvent<T>(EventName);
        return new RoundTrip<T>(input, fromActivity, fromEvent);
    }
}

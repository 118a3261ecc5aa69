using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

public sealed class EchoActivity<T> : TaskActivity<T, T>
{
    public static string Name => "Echo" + typeof(T).Name;

    public override Task<T> RunAsync(TaskActivityContext context, T input) => Task.FromResult(input);
}

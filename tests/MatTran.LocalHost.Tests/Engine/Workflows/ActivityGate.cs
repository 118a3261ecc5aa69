using System.Collections.Concurrent;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>
/// Lets a test hold an activity until it has arranged something (an event raised meanwhile). A singleton service:
/// the engine creates activities through DI, so this also shows constructor injection works.
/// </summary>
public sealed class ActivityGate
{
    private readonly ConcurrentDictionary<string, (TaskCompletionSource Entered, TaskCompletionSource Released)> _gates = new();

    public Task WhenEnteredAsync(string key) => Gate(key).Entered.Task;

    public void Release(string key) => Gate(key).Released.TrySetResult();

    public Task EnterAsync(string key)
    {
        var gate = Gate(key);
        gate.Entered.TrySetResult();
        return gate.Released.Task;
    }

    private (TaskCompletionSource Entered, TaskCompletionSource Released) Gate(string key) =>
        _gates.GetOrAdd(key, _ => (
            new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously),
            new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)));
}

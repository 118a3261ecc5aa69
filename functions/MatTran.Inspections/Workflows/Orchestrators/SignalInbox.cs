using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>
/// The run's one wait for its next signal, shared by every wait of the run and never cancelled. The SDK hands a raised
/// event to a waiter it still holds even when that waiter was cancelled (where it is then dropped), so a wait abandoned
/// when a timer won could swallow the next request; keeping a single wait open until a signal completes it means every
/// signal raised, at any point of the run, is taken by the next wait — or by the ignoring wait of a later stage.
/// </summary>
internal sealed class SignalInbox<TSignal>(TaskOrchestrationContext context, string eventName)
    where TSignal : class
{
    private Task<TSignal>? _next;

    /// <summary>Completes with the next signal; the same task until <see cref="TakeAsync"/> takes it.</summary>
    public Task<TSignal> Next => _next ??= context.WaitForExternalEvent<TSignal>(eventName);

    /// <summary>The next signal, waiting for it if it has not come; the following wait then listens for the one after.</summary>
    public async Task<TSignal> TakeAsync()
    {
        var signal = await Next;
        _next = null;
        return signal;
    }
}

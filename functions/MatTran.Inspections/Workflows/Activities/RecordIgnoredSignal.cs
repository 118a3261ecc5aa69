using MatTran.Inspections.Audit;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>A request that arrived while the workflow waited for something else: audited as ignored, nothing else changes.</summary>
public sealed class RecordIgnoredSignal(InspectionActivityServices services) : TaskActivity<SignalStep, object?>
{
    public override async Task<object?> RunAsync(TaskActivityContext context, SignalStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        string details = input.Signal.Text is { Length: > 0 } text ? $"{input.Signal.Kind}: {text}" : input.Signal.Kind.ToString();
        await services.ChangeAsync(input.InspectionId, StepKeys.For(nameof(RecordIgnoredSignal), input, input.Signal), input.At,
            input.Signal.Actor, [(AuditAction.SignalIgnored, details)], _ => [], services.Stopping);
        return null;
    }
}

using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>
/// Runs under a real activity's name with the real activity's input and output types (see
/// <see cref="StandInActivities.Register"/>) and hands the call to the test's <see cref="StandInActivities"/>.
/// </summary>
internal sealed class StandInActivity<TInput, TOutput>(StandInActivities activities) : TaskActivity<TInput, TOutput>
    where TInput : WorkflowStep
{
    public override Task<TOutput> RunAsync(TaskActivityContext context, TInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult((TOutput)activities.Run(context.Name, input)!);
    }
}

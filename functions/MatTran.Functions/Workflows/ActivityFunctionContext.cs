using MatTran.Inspections.Workflows;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.Functions.Workflows;

/// <summary>How an activity-trigger function runs its activity class: the shape of the Durable Task SDK's class-based activities.</summary>
internal static class ActivityFunctionContext
{
    /// <summary>The activity class, created with its services from the invocation's scope.</summary>
    public static TActivity Activity<TActivity>(this FunctionContext function)
        where TActivity : ITaskActivity
    {
        ArgumentNullException.ThrowIfNull(function);
        return ActivatorUtilities.CreateInstance<TActivity>(function.InstanceServices);
    }

    /// <summary>
    /// Runs the activity class as the local engine does: created with its services, inside the step's span
    /// (<see cref="TracedActivity"/>), with the trigger's input and the calling instance.
    /// </summary>
    public static async Task<TOutput> RunActivityAsync<TActivity, TInput, TOutput>(this FunctionContext function, string instanceId, TInput input)
        where TActivity : TaskActivity<TInput, TOutput>
    {
        ArgumentNullException.ThrowIfNull(function);
        var traced = new TracedActivity(function.FunctionDefinition.Name, function.Activity<TActivity>());
        return (TOutput)(await traced.RunAsync(function.ActivityContext(instanceId), input))!;
    }

    /// <summary>The activity's context: its name (the function's, which is the activity name) and the calling instance.</summary>
    public static TaskActivityContext ActivityContext(this FunctionContext function, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(function);
        return new FunctionActivityContext(function.FunctionDefinition.Name, instanceId);
    }
}

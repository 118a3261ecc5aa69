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

    /// <summary>The activity's context: its name (the function's, which is the activity name) and the calling instance.</summary>
    public static TaskActivityContext ActivityContext(this FunctionContext function, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(function);
        return new FunctionActivityContext(function.FunctionDefinition.Name, instanceId);
    }
}

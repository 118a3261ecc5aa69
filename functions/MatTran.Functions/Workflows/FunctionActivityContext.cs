using Microsoft.DurableTask;

namespace MatTran.Functions.Workflows;

/// <summary>
/// The official activity context (name and orchestration instance id) for an activity class run by an activity-trigger
/// function, which receives only its input and the instance id from the trigger's binding data.
/// </summary>
internal sealed class FunctionActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;
}

using Microsoft.DurableTask;

namespace MatTran.Inspections.Tests.Workflows.Activities;

/// <summary>What the engine hands an activity: its name and the calling instance (the official context has nothing else).</summary>
internal sealed class ActivityCallContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name => name;

    public override string InstanceId => instanceId;
}

namespace MatTran.Durable;

/// <summary>Options of an activity or sub-orchestration call.</summary>
public class TaskOptions
{
    public TaskOptions(TaskRetryOptions? retry = null) => Retry = retry;

    public TaskRetryOptions? Retry { get; init; }

    public static TaskOptions FromRetryPolicy(RetryPolicy policy) => new(new TaskRetryOptions(policy));

    /// <summary>Turns these options into sub-orchestration options with an explicit instance id.</summary>
    public SubOrchestrationOptions WithInstanceId(string instanceId) => new(this, instanceId);
}

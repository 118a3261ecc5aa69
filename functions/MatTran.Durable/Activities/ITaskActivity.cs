namespace MatTran.Durable;

/// <summary>Untyped view of an activity, used by the work-item dispatcher.</summary>
public interface ITaskActivity
{
    Type InputType { get; }

    Type OutputType { get; }

    Task<object?> RunAsync(TaskActivityContext context, object? input);
}

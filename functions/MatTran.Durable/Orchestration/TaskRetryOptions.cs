namespace MatTran.Durable;

/// <summary>Retry settings of one task call (wraps a <see cref="RetryPolicy"/>, as in Microsoft.DurableTask).</summary>
public sealed class TaskRetryOptions
{
    public TaskRetryOptions(RetryPolicy policy) => Policy = policy ?? throw new ArgumentNullException(nameof(policy));

    public RetryPolicy Policy { get; }

    public static implicit operator TaskRetryOptions(RetryPolicy policy) => new(policy);
}

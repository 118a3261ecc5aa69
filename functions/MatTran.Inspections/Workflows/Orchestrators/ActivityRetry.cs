using MatTran.Durable;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>
/// How the workflows call activities: storage and mail servers have bad minutes, and an inspection that runs for months
/// must not fail for one. Activities are idempotent, so an attempt that failed half-way is safe to repeat.
/// </summary>
internal static class ActivityRetry
{
    /// <summary>Five attempts, 1, 2, 4 and 8 minutes apart (durable timers, so a restart does not lose the wait).</summary>
    public static readonly TaskOptions Options = TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxNumberOfAttempts: 5, firstRetryInterval: TimeSpan.FromMinutes(1), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(30)));
}

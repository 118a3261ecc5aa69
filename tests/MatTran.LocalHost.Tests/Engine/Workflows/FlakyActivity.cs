using Microsoft.DurableTask;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>Fails its first two attempts (per key), then returns the attempt number.</summary>
public sealed class FlakyActivity(AttemptCounter attempts) : TaskActivity<string, int>
{
    public const string Name = "Flaky";
    public const int FailingAttempts = 2;

    public override Task<int> RunAsync(TaskActivityContext context, string input)
    {
        int attempt = attempts.Increment(input);
        return attempt <= FailingAttempts
            ? throw new InvalidOperationException($"Transient failure {attempt} of '{input}'.")
            : Task.FromResult(attempt);
    }
}

using MatTran.Durable.Replay;
using static MatTran.Durable.Tests.Replay.History;

namespace MatTran.Durable.Tests.Replay;

[TestClass]
public sealed class RetryReplayTests
{
    private static readonly RetryPolicy Policy = new(3, TimeSpan.FromSeconds(10), backoffCoefficient: 2);

    private static Task<string> Retrying(TaskOrchestrationContext ctx, string input) =>
        ctx.CallActivityAsync<string>("Flaky", input, TaskOptions.FromRetryPolicy(Policy));

    [TestMethod]
    public void Failed_attempt_schedules_a_durable_timer_after_the_first_retry_interval()
    {
        var result = Run<string, string>(
            Retrying, [Started(T0), Execution("x"), Scheduled(0, "Flaky")], Started(T0.AddSeconds(1)), Failed(0, "busy"));

        var timer = result.Actions.Single();
        Assert.AreEqual(OrchestratorActionType.CreateTimer, timer.ActionType);
        Assert.AreEqual(T0.AddSeconds(11), timer.FireAt);
    }

    [TestMethod]
    public void Retry_timer_firing_schedules_the_next_attempt_and_backoff_doubles()
    {
        var past = new List<HistoryEvent>
        {
            Started(T0), Execution("x"), Scheduled(0, "Flaky"),
            Started(T0), Failed(0, "busy"), TimerCreated(1, T0.AddSeconds(10)),
        };
        var second = Run<string, string>(Retrying, past, Started(T0.AddSeconds(10)), Fired(1, T0.AddSeconds(10)));
        Assert.AreEqual(new { Type = OrchestratorActionType.CallActivity, Id = 2 }, second.Actions.Select(a => new { Type = a.ActionType, a.Id }).Single());

        past.AddRange([Started(T0.AddSeconds(10)), Fired(1, T0.AddSeconds(10)), Scheduled(2, "Flaky")]);
        var third = Run<string, string>(Retrying, past, Started(T0.AddSeconds(12)), Failed(2, "busy"));
        Assert.AreEqual(T0.AddSeconds(32), third.Actions.Single().FireAt);
    }

    [TestMethod]
    public void Success_on_a_later_attempt_completes_the_call()
    {
        var past = new List<HistoryEvent>
        {
            Started(T0), Execution("x"), Scheduled(0, "Flaky"),
            Started(T0), Failed(0, "busy"), TimerCreated(1, T0.AddSeconds(10)),
            Started(T0.AddSeconds(10)), Fired(1, T0.AddSeconds(10)), Scheduled(2, "Flaky"),
        };

        var result = Run<string, string>(Retrying, past, Started(T0.AddSeconds(11)), Completed(2, "ok"));

        Assert.AreEqual("ok", result.Output<string>());
    }

    [TestMethod]
    public void Exhausted_attempts_surface_the_last_failure()
    {
        var past = new List<HistoryEvent>
        {
            Started(T0), Execution("x"), Scheduled(0, "Flaky"),
            Started(T0), Failed(0, "busy"), TimerCreated(1, T0.AddSeconds(10)),
            Started(T0.AddSeconds(10)), Fired(1, T0.AddSeconds(10)), Scheduled(2, "Flaky"),
            Started(T0.AddSeconds(10)), Failed(2, "busy"), TimerCreated(3, T0.AddSeconds(30)),
            Started(T0.AddSeconds(30)), Fired(3, T0.AddSeconds(30)), Scheduled(4, "Flaky"),
        };

        var result = Run<string, string>(Retrying, past, Started(T0.AddSeconds(31)), Failed(4, "still busy"));

        Assert.AreEqual(OrchestrationRuntimeStatus.Failed, result.Status);
        Assert.AreEqual("still busy", result.Failure!.InnerFailure!.ErrorMessage);
    }

    [TestMethod]
    public void Retry_policy_caps_the_delay_at_the_maximum_interval()
    {
        var policy = new RetryPolicy(10, TimeSpan.FromSeconds(1), 10, maxRetryInterval: TimeSpan.FromSeconds(50));

        Assert.AreEqual(TimeSpan.FromSeconds(10), policy.GetDelay(2));
        Assert.AreEqual(TimeSpan.FromSeconds(50), policy.GetDelay(3));
    }

    [TestMethod]
    public void Retry_policy_rejects_a_backoff_coefficient_below_one() =>
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new RetryPolicy(3, TimeSpan.FromSeconds(1), 0.5));
}

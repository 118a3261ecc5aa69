namespace MatTran.Durable.Tests.Runtime;

[TestClass]
public sealed class RetryTests
{
    public TestContext TestContext { get; set; } = null!;

    private static readonly RetryPolicy Policy = new(3, TimeSpan.FromMinutes(1), backoffCoefficient: 2);

    private static TestHub NewHub(int failuresBeforeSuccess, List<DateTimeOffset> attempts, TimeProvider? clock = null)
    {
        TestHub? hub = null;
        hub = new TestHub(o => o
            .AddActivityFunc<string, string>("Flaky", (_, input) =>
            {
                attempts.Add(hub!.Clock.GetUtcNow());
                return attempts.Count <= failuresBeforeSuccess
                    ? throw new TimeoutException("SMTP server busy")
                    : Task.FromResult("sent " + input);
            })
            .AddOrchestratorFunc<string, string>("Mail", async (ctx, input) =>
            {
                try
                {
                    return await ctx.CallActivityAsync<string>("Flaky", input, TaskOptions.FromRetryPolicy(Policy));
                }
                catch (TaskFailedException failed) when (failed.FailureDetails.IsCausedBy<TimeoutException>())
                {
                    return "gave up: " + failed.FailureDetails.ErrorMessage;
                }
            }));
        return hub;
    }

    [TestMethod]
    public async Task Failing_activity_is_retried_with_backoff_until_it_succeeds()
    {
        var attempts = new List<DateTimeOffset>();
        var hub = NewHub(failuresBeforeSuccess: 2, attempts);
        var ct = TestContext.CancellationToken;
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Mail", "thư", cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        await hub.AdvanceAsync(TimeSpan.FromMinutes(1), ct);
        await hub.AdvanceAsync(TimeSpan.FromMinutes(2), ct);

        Assert.AreEqual("sent thư", (await hub.Client.GetInstanceAsync(id, true, ct))!.ReadOutputAs<string>());
        CollectionAssert.AreEqual(
            new[] { TestHub.Start, TestHub.Start.AddMinutes(1), TestHub.Start.AddMinutes(3) }, attempts);
    }

    [TestMethod]
    public async Task Every_attempt_of_a_retried_call_has_the_same_idempotency_key_and_the_next_call_another()
    {
        var keys = new List<(string Input, int TaskId, string Key)>();
        int failures = 0;
        var hub = new TestHub(o => o
            .AddActivityFunc<string, string>("Record", (context, input) =>
            {
                keys.Add((input, context.TaskId, context.IdempotencyKey));
                // The first call stores its effect, then fails twice: its retries must find that effect by their key.
                return input == "first" && failures++ < 2 ? throw new TimeoutException("SMTP server busy") : Task.FromResult(input);
            })
            .AddOrchestratorFunc<string, string>("TwoCalls", async (ctx, _) =>
            {
                var options = TaskOptions.FromRetryPolicy(Policy);
                // Identical inputs at one orchestration time: only the key tells the two calls apart.
                await ctx.CallActivityAsync<string>("Record", "first", options);
                return await ctx.CallActivityAsync<string>("Record", "first-again", options);
            }));
        var ct = TestContext.CancellationToken;
        await hub.Client.ScheduleNewOrchestrationInstanceAsync("TwoCalls", "x", cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);
        await hub.AdvanceAsync(TimeSpan.FromMinutes(1), ct);
        await hub.AdvanceAsync(TimeSpan.FromMinutes(2), ct);

        var first = keys.Where(k => k.Input == "first").ToList();
        Assert.HasCount(3, first);
        Assert.AreEqual(3, first.Select(k => k.TaskId).Distinct().Count(), "each attempt is a task of its own");
        Assert.AreEqual(1, first.Select(k => k.Key).Distinct().Count(), "one idempotency key for all attempts of the call");
        Assert.AreNotEqual(first[0].Key, keys.Single(k => k.Input == "first-again").Key);
    }

    [TestMethod]
    public async Task Activity_failing_every_attempt_surfaces_as_TaskFailedException()
    {
        var attempts = new List<DateTimeOffset>();
        var hub = NewHub(failuresBeforeSuccess: 99, attempts);
        var ct = TestContext.CancellationToken;
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Mail", "thư", cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        await hub.AdvanceAsync(TimeSpan.FromMinutes(1), ct);
        await hub.AdvanceAsync(TimeSpan.FromMinutes(2), ct);

        Assert.AreEqual("gave up: SMTP server busy", (await hub.Client.GetInstanceAsync(id, true, ct))!.ReadOutputAs<string>());
        Assert.HasCount(3, attempts);
    }

    [TestMethod]
    public async Task Uncaught_activity_failure_fails_the_instance_with_details()
    {
        var hub = new TestHub(o => o
            .AddActivityFunc<string, string>("Broken", (_, _) => throw new InvalidOperationException("template missing"))
            .AddOrchestratorFunc<string, string>("Doc", (ctx, input) => ctx.CallActivityAsync<string>("Broken", input)));
        var ct = TestContext.CancellationToken;
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Doc", "x", cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        var failed = await hub.Client.GetInstanceAsync(id, cancellationToken: ct);
        Assert.AreEqual(OrchestrationRuntimeStatus.Failed, failed!.RuntimeStatus);
        Assert.IsTrue(failed.FailureDetails!.IsCausedBy<InvalidOperationException>());
    }
}

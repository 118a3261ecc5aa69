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

namespace MatTran.Durable.Tests.Runtime;

[TestClass]
public sealed class ContinueAsNewAndVersionTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task ContinueAsNew_keeps_history_bounded_over_many_generations()
    {
        var hub = new TestHub(o => o
            .AddActivityFunc<int, int>("Step", (_, n) => Task.FromResult(n + 1))
            .AddOrchestratorFunc<int, int>("Loop", async (ctx, n) =>
            {
                var next = await ctx.CallActivityAsync<int>("Step", n);
                if (next < 25)
                {
                    ctx.ContinueAsNew(next);
                }

                return next;
            }));
        var ct = TestContext.CancellationToken;

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Loop", 0, cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        var done = await hub.Client.GetInstanceAsync(id, true, ct);
        Assert.AreEqual(25, done!.ReadOutputAs<int>());
        var historyRows = (await hub.RowsAsync(id, ct)).Count(r => r.RowKey.StartsWith('h'));
        Assert.IsLessThanOrEqualTo(3, historyRows, $"{historyRows} history rows after 25 generations");
    }

    [TestMethod]
    public async Task ContinueAsNew_carries_an_unprocessed_event_into_the_next_generation()
    {
        var hub = new TestHub(o => o
            .AddOrchestratorFunc<int, string>("Collector", async (ctx, n) =>
            {
                var item = await ctx.WaitForExternalEvent<string>("Item");
                if (n == 0)
                {
                    ctx.ContinueAsNew(1);
                    return "";
                }

                return item;
            }));
        var ct = TestContext.CancellationToken;
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Collector", 0, cancellationToken: ct);
        await hub.Client.RaiseEventAsync(id, "Item", "first", ct);
        await hub.Client.RaiseEventAsync(id, "Item", "second", ct);
        await hub.RunUntilIdleAsync(ct);

        Assert.AreEqual("second", (await hub.Client.GetInstanceAsync(id, true, ct))!.ReadOutputAs<string>());
    }

    private static void RegisterVersions(DurableTaskOptions o) => o
        .AddOrchestratorFunc<string, string>("Flow", async (ctx, _) => "v1 " + await ctx.WaitForExternalEvent<string>("Go"), version: "1")
        .AddOrchestratorFunc<string, string>("Flow", async (ctx, _) => "v2 " + await ctx.WaitForExternalEvent<string>("Go"), version: "2");

    [TestMethod]
    public async Task Instances_stay_on_the_version_they_started_with_and_new_ones_get_the_default()
    {
        var hub = new TestHub(o => { RegisterVersions(o); o.DefaultVersion = "1"; });
        var ct = TestContext.CancellationToken;
        var old = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Flow", "x", cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        // Redeploy: version 2 becomes the default while the first instance is waiting.
        var redeployed = new DurableTaskClient(TestHub.NewOptions(hub.Options.TaskHubName, o => { RegisterVersions(o); o.DefaultVersion = "2"; }), hub.Clock);
        var fresh = await redeployed.ScheduleNewOrchestrationInstanceAsync("Flow", "x", cancellationToken: ct);
        var pinned = await redeployed.ScheduleNewOrchestrationInstanceAsync("Flow", "x", new StartOrchestrationOptions { Version = "1" }, ct);
        await hub.RunUntilIdleAsync(ct);
        foreach (var id in new[] { old, fresh, pinned })
        {
            await hub.Client.RaiseEventAsync(id, "Go", "go", ct);
        }

        await hub.RunUntilIdleAsync(ct);

        Assert.AreEqual("v1 go", (await hub.Client.GetInstanceAsync(old, true, ct))!.ReadOutputAs<string>());
        Assert.AreEqual("v2 go", (await hub.Client.GetInstanceAsync(fresh, true, ct))!.ReadOutputAs<string>());
        Assert.AreEqual("v1 go", (await hub.Client.GetInstanceAsync(pinned, true, ct))!.ReadOutputAs<string>());
        Assert.AreEqual("2", (await hub.Client.GetInstanceAsync(fresh, cancellationToken: ct))!.Version);
    }

    [TestMethod]
    public async Task Without_a_default_the_highest_registered_version_is_used()
    {
        var hub = new TestHub(RegisterVersions);
        var ct = TestContext.CancellationToken;

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Flow", "x", cancellationToken: ct);

        Assert.AreEqual("2", (await hub.Client.GetInstanceAsync(id, cancellationToken: ct))!.Version);
    }

    [TestMethod]
    public async Task Code_changed_under_a_running_instance_fails_it_as_non_deterministic()
    {
        var hub = new TestHub(o => o
            .AddActivityFunc<string, string>("SendNotice", (_, x) => Task.FromResult(x))
            .AddActivityFunc<string, string>("SendReminder", (_, x) => Task.FromResult(x))
            .AddOrchestratorFunc<string, string>("Notice", async (ctx, x) =>
            {
                await ctx.CallActivityAsync("SendNotice", x);
                return await ctx.WaitForExternalEvent<string>("Done");
            }));
        var ct = TestContext.CancellationToken;
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Notice", "x", cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        var changed = hub.NewWorker(o => o
            .AddOrchestratorFunc<string, string>("Notice", async (ctx, x) =>
            {
                await ctx.CallActivityAsync("SendReminder", x);
                return await ctx.WaitForExternalEvent<string>("Done");
            }));
        await hub.Client.RaiseEventAsync(id, "Done", "y", ct);
        await hub.RunUntilIdleAsync(ct, changed);

        var failed = await hub.Client.GetInstanceAsync(id, cancellationToken: ct);
        Assert.AreEqual(OrchestrationRuntimeStatus.Failed, failed!.RuntimeStatus);
        Assert.IsTrue(failed.FailureDetails!.IsCausedBy<NonDeterministicOrchestrationException>());
        StringAssert.Contains(failed.FailureDetails.ErrorMessage, "CallActivity 'SendNotice' (#0)");
        StringAssert.Contains(failed.FailureDetails.ErrorMessage, "CallActivity 'SendReminder' (#0)");
    }
}

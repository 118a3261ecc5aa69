namespace MatTran.Durable.Tests.Runtime;

[TestClass]
public sealed class ManagementTests
{
    public TestContext TestContext { get; set; } = null!;

    private static void Register(DurableTaskOptions o) => o
        .AddActivityFunc<string, string>("Record", (_, x) => Task.FromResult(x))
        .AddOrchestratorFunc<string, string>("Approval", async (ctx, stage) =>
        {
            ctx.SetCustomStatus("Chờ phê duyệt " + stage);
            var decision = await ctx.WaitForExternalEvent<string>("Decision");
            await ctx.CallActivityAsync("Record", decision);
            return decision;
        });

    [TestMethod]
    public async Task Terminated_instance_stops_with_the_given_output()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Approval", "1", cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        await hub.Client.TerminateInstanceAsync(id, "kế hoạch bị hủy", ct);
        await hub.RunUntilIdleAsync(ct);
        await hub.Client.RaiseEventAsync(id, "Decision", "approved", ct);
        await hub.RunUntilIdleAsync(ct);

        var done = await hub.Client.GetInstanceAsync(id, true, ct);
        Assert.AreEqual(OrchestrationRuntimeStatus.Terminated, done!.RuntimeStatus);
        Assert.AreEqual("kế hoạch bị hủy", done.ReadOutputAs<string>());
    }

    [TestMethod]
    public async Task Suspended_instance_holds_events_until_resumed()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Approval", "1", cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        await hub.Client.SuspendInstanceAsync(id, "kiểm tra lại", ct);
        await hub.RunUntilIdleAsync(ct);
        await hub.Client.RaiseEventAsync(id, "Decision", "approved", ct);
        await hub.RunUntilIdleAsync(ct);
        Assert.AreEqual(OrchestrationRuntimeStatus.Suspended, (await hub.Client.GetInstanceAsync(id, cancellationToken: ct))!.RuntimeStatus);

        await hub.Client.ResumeInstanceAsync(id, cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        var done = await hub.Client.GetInstanceAsync(id, true, ct);
        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, done!.RuntimeStatus);
        Assert.AreEqual("approved", done.ReadOutputAs<string>());
    }

    [TestMethod]
    public async Task Purge_removes_a_finished_instance_and_leaves_a_running_one()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;
        var finished = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Approval", "1", cancellationToken: ct);
        var running = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Approval", "2", cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);
        await hub.Client.RaiseEventAsync(finished, "Decision", "ok", ct);
        await hub.RunUntilIdleAsync(ct);

        Assert.AreEqual(new PurgeResult(1), await hub.Client.PurgeInstanceAsync(finished, ct));
        Assert.AreEqual(new PurgeResult(0), await hub.Client.PurgeInstanceAsync(running, ct));

        Assert.IsNull(await hub.Client.GetInstanceAsync(finished, cancellationToken: ct));
        Assert.IsEmpty(await hub.RowsAsync(finished, ct));
        Assert.IsNotNull(await hub.Client.GetInstanceAsync(running, cancellationToken: ct));
    }

    [TestMethod]
    public async Task Raising_an_event_for_an_unknown_instance_is_refused()
    {
        var hub = new TestHub(Register);

        await Assert.ThrowsExactlyAsync<InvalidOperationException>(() =>
            hub.Client.RaiseEventAsync("no-such-instance", "Decision", "x", TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Query_filters_by_status_name_creation_time_and_custom_status_prefix_with_paging()
    {
        var hub = new TestHub(o => Register(o.AddOrchestratorFunc<string, string>("Other", (_, x) => Task.FromResult(x))));
        var ct = TestContext.CancellationToken;
        for (var i = 0; i < 5; i++)
        {
            await hub.Client.ScheduleNewOrchestrationInstanceAsync("Approval", "A" + i, new StartOrchestrationOptions($"appr-{i}"), ct);
        }

        hub.Clock.Advance(TimeSpan.FromHours(1));
        await hub.Client.ScheduleNewOrchestrationInstanceAsync("Approval", "B", new StartOrchestrationOptions("late"), ct);
        await hub.Client.ScheduleNewOrchestrationInstanceAsync("Other", "x", new StartOrchestrationOptions("other"), ct);
        await hub.RunUntilIdleAsync(ct);

        async Task<List<string>> Ids(OrchestrationQuery query)
        {
            var ids = new List<string>();
            await foreach (var m in hub.Client.QueryInstancesAsync(query, ct))
            {
                ids.Add(m.InstanceId);
            }

            return ids;
        }

        CollectionAssert.AreEquivalent(new[] { "other" }, await Ids(new() { Statuses = [OrchestrationRuntimeStatus.Completed] }));
        Assert.HasCount(6, await Ids(new() { Name = "Approval" }));
        CollectionAssert.AreEquivalent(new[] { "late", "other" }, await Ids(new() { CreatedFrom = TestHub.Start.AddMinutes(30) }));
        CollectionAssert.AreEquivalent(new[] { "late" }, await Ids(new() { CustomStatusPrefix = "Chờ phê duyệt B" }));
        Assert.HasCount(5, await Ids(new() { InstanceIdPrefix = "appr-" }));

        var firstPage = await hub.Client.QueryInstancesAsync(new() { Name = "Approval", PageSize = 4 }, ct).AsPages().FirstAsync(ct);
        Assert.HasCount(4, firstPage.Values);
        var rest = await Ids(new() { Name = "Approval", PageSize = 4, ContinuationToken = firstPage.ContinuationToken });
        Assert.HasCount(2, rest);
    }

    [TestMethod]
    public async Task WaitForInstanceCompletion_returns_once_the_instance_finishes()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Approval", "1", cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        var waiting = hub.Client.WaitForInstanceCompletionAsync(id, true, ct);
        await hub.Client.RaiseEventAsync(id, "Decision", "ok", ct);
        await hub.RunUntilIdleAsync(ct);

        Assert.AreEqual("ok", (await waiting).ReadOutputAs<string>());
    }
}

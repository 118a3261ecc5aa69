namespace MatTran.Durable.Tests.Runtime;

[TestClass]
public sealed class SequenceTests
{
    public TestContext TestContext { get; set; } = null!;

    private static void Register(DurableTaskOptions o) => o
        .AddActivityFunc<string, string>("Greet", (_, name) => Task.FromResult($"Xin chào {name}"))
        .AddOrchestratorFunc<string[], string[]>("Greetings", async (ctx, names) =>
        {
            var results = new List<string>();
            foreach (var name in names)
            {
                results.Add(await ctx.CallActivityAsync<string>("Greet", name));
            }

            ctx.SetCustomStatus("Đã chào " + results.Count);
            return [.. results];
        });

    [TestMethod]
    public async Task Sequence_of_activities_completes_with_each_result_in_order()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Greetings", new[] { "Hà Nội", "Huế", "Sài Gòn" }, cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        var done = await hub.Client.GetInstanceAsync(id, getInputsAndOutputs: true, ct);
        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, done!.RuntimeStatus);
        CollectionAssert.AreEqual(new[] { "Xin chào Hà Nội", "Xin chào Huế", "Xin chào Sài Gòn" }, done.ReadOutputAs<string[]>());
        Assert.AreEqual("Đã chào 3", done.ReadCustomStatusAs<string>());
    }

    [TestMethod]
    public async Task Committed_episode_leaves_no_inbox_or_outbox_rows()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Greetings", new[] { "A", "B" }, cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        var keys = (await hub.RowsAsync(id, ct)).Select(r => r.RowKey).ToList();
        Assert.IsFalse(keys.Any(k => k.StartsWith("in", StringComparison.Ordinal) || k.StartsWith("out", StringComparison.Ordinal)), string.Join(",", keys));
        Assert.IsTrue(keys.Contains("meta"));
    }

    [TestMethod]
    public async Task History_for_audit_lists_events_with_names_and_payloads()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Greetings", new[] { "Huế" }, cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);
        var history = await hub.Client.GetHistoryAsync(id, ct);

        var types = history.Where(e => e.EventType != HistoryEventType.OrchestratorStarted).Select(e => e.EventType).ToArray();
        CollectionAssert.AreEqual(
            new[] { HistoryEventType.ExecutionStarted, HistoryEventType.TaskScheduled, HistoryEventType.TaskCompleted, HistoryEventType.ExecutionCompleted },
            types);
        var scheduled = history.Single(e => e.EventType == HistoryEventType.TaskScheduled);
        Assert.AreEqual(("Greet", "\"Huế\""), (scheduled.Name, scheduled.Payload));
        Assert.AreEqual(TestHub.Start, scheduled.Timestamp);
    }

    [TestMethod]
    public async Task Scheduling_an_id_that_is_running_is_refused()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;
        await hub.Client.ScheduleNewOrchestrationInstanceAsync("Greetings", new[] { "A" }, new StartOrchestrationOptions("plan-325"), ct);

        await Assert.ThrowsExactlyAsync<InvalidOperationException>(() =>
            hub.Client.ScheduleNewOrchestrationInstanceAsync("Greetings", new[] { "B" }, new StartOrchestrationOptions("plan-325"), ct));
    }

    [TestMethod]
    public async Task Payloads_over_45_KB_travel_through_blobs()
    {
        var hub = new TestHub(o => o
            .AddActivityFunc<string, string>("Echo", (_, text) => Task.FromResult(text + "!"))
            .AddOrchestratorFunc<string, string>("Big", (ctx, text) => ctx.CallActivityAsync<string>("Echo", text)));
        var ct = TestContext.CancellationToken;
        var big = new string('đ', 100_000);

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Big", big, cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        var done = await hub.Client.GetInstanceAsync(id, getInputsAndOutputs: true, ct);
        Assert.AreEqual(big + "!", done!.ReadOutputAs<string>());
        var meta = (await hub.RowsAsync(id, ct)).Single(r => r.RowKey == "meta");
        StringAssert.StartsWith(meta.GetString("Output"), "blob:");
    }

    [TestMethod]
    public async Task Delayed_start_stays_pending_until_the_clock_reaches_it()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(
            "Greetings", new[] { "A" }, new StartOrchestrationOptions(StartAt: TestHub.Start.AddDays(10)), ct);
        await hub.RunUntilIdleAsync(ct);
        Assert.AreEqual(OrchestrationRuntimeStatus.Pending, (await hub.Client.GetInstanceAsync(id, cancellationToken: ct))!.RuntimeStatus);

        await hub.AdvanceAsync(TimeSpan.FromDays(10), ct);

        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, (await hub.Client.GetInstanceAsync(id, cancellationToken: ct))!.RuntimeStatus);
    }
}

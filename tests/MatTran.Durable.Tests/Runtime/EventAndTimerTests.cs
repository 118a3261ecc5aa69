namespace MatTran.Durable.Tests.Runtime;

[TestClass]
public sealed class EventAndTimerTests
{
    public TestContext TestContext { get; set; } = null!;

    private static readonly TimeSpan Due = TimeSpan.FromDays(3);

    private static void Register(DurableTaskOptions o) => o
        .AddActivityFunc<string, string>("SendNotice", (_, unit) => Task.FromResult("notice to " + unit))
        .AddOrchestratorFunc<string, string>("SelfReport", async (ctx, unit) =>
        {
            await ctx.CallActivityAsync("SendNotice", unit);
            using var cts = new CancellationTokenSource();
            var report = ctx.WaitForExternalEvent<string>("SelfReportSubmitted", cts.Token);
            var timeout = ctx.CreateTimer(ctx.CurrentUtcDateTime.Add(Due), cts.Token);
            if (await Task.WhenAny(report, timeout) == timeout)
            {
                return "overdue";
            }

            cts.Cancel();
            return "received " + report.Result;
        })
        .AddOrchestratorFunc<string, string>("TwoFeedbacks", async (ctx, _) =>
        {
            await ctx.CallActivityAsync("SendNotice", "x");
            var first = await ctx.WaitForExternalEvent<string>("Feedback");
            var second = await ctx.WaitForExternalEvent<string>("Feedback");
            return first + "," + second;
        })
        .AddOrchestratorFunc<string, DateTime>("LongWait", async (ctx, _) =>
        {
            await ctx.CreateTimer(TimeSpan.FromDays(400), CancellationToken.None);
            return ctx.CurrentUtcDateTime;
        });

    [TestMethod]
    public async Task Event_winning_against_the_timer_completes_and_the_cancelled_timer_is_ignored()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("SelfReport", "Xã An Bình", cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        await hub.Client.RaiseEventAsync(id, "SelfReportSubmitted", "báo cáo.pdf", ct);
        await hub.RunUntilIdleAsync(ct);
        await hub.AdvanceAsync(Due + TimeSpan.FromMinutes(2), ct);

        var done = await hub.Client.GetInstanceAsync(id, true, ct);
        Assert.AreEqual("received báo cáo.pdf", done!.ReadOutputAs<string>());
        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
    }

    [TestMethod]
    public async Task Timer_winning_against_the_event_completes_as_overdue()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("SelfReport", "Xã An Bình", cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        await hub.AdvanceAsync(Due + TimeSpan.FromMinutes(2), ct);
        await hub.Client.RaiseEventAsync(id, "SelfReportSubmitted", "late.pdf", ct);
        await hub.RunUntilIdleAsync(ct);

        Assert.AreEqual("overdue", (await hub.Client.GetInstanceAsync(id, true, ct))!.ReadOutputAs<string>());
    }

    [TestMethod]
    public async Task Event_raised_before_the_orchestrator_waits_is_not_lost()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("SelfReport", "Xã An Bình", cancellationToken: ct);

        // Raised while the notice activity has not even been scheduled yet.
        await hub.Client.RaiseEventAsync(id, "SelfReportSubmitted", "early.pdf", ct);
        await hub.RunUntilIdleAsync(ct);

        Assert.AreEqual("received early.pdf", (await hub.Client.GetInstanceAsync(id, true, ct))!.ReadOutputAs<string>());
    }

    [TestMethod]
    public async Task Two_events_of_one_name_are_delivered_in_the_order_raised()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("TwoFeedbacks", "x", cancellationToken: ct);

        await hub.Client.RaiseEventAsync(id, "Feedback", "first", ct);
        await hub.Client.RaiseEventAsync(id, "Feedback", "second", ct);
        await hub.RunUntilIdleAsync(ct);

        Assert.AreEqual("first,second", (await hub.Client.GetInstanceAsync(id, true, ct))!.ReadOutputAs<string>());
    }

    [TestMethod]
    public async Task Timer_400_days_out_fires_when_the_virtual_clock_gets_there()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("LongWait", "x", cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        await hub.AdvanceAsync(TimeSpan.FromDays(399), ct);
        Assert.AreEqual(OrchestrationRuntimeStatus.Running, (await hub.Client.GetInstanceAsync(id, cancellationToken: ct))!.RuntimeStatus);

        await hub.AdvanceAsync(TimeSpan.FromDays(1), ct);
        var done = await hub.Client.GetInstanceAsync(id, true, ct);
        Assert.AreEqual(TestHub.Start.AddDays(400).UtcDateTime, done!.ReadOutputAs<DateTime>());
    }

    [TestMethod]
    public async Task Timer_row_sits_in_the_bucket_of_its_due_minute()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;
        await hub.Client.ScheduleNewOrchestrationInstanceAsync("LongWait", "x", cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        var buckets = new List<string>();
        await foreach (var row in hub.Worker.Storage.Timers.QueryAsync<MatTran.AzureStorage.Tables.TableEntity>(cancellationToken: ct))
        {
            buckets.Add(row.PartitionKey);
        }

        CollectionAssert.AreEqual(new[] { TestHub.Start.AddDays(400).ToString("yyyyMMddHHmm") }, buckets);
    }
}

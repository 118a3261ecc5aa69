namespace MatTran.Durable.Tests.Runtime;

[TestClass]
public sealed class FanOutTests
{
    public TestContext TestContext { get; set; } = null!;

    private static void Register(DurableTaskOptions o) => o
        .AddActivityFunc<int, int>("Square", (_, n) => Task.FromResult(n * n))
        .AddOrchestratorFunc<int, long>("SumOfSquares", async (ctx, n) =>
            (await Task.WhenAll(Enumerable.Range(1, n).Select(i => ctx.CallActivityAsync<int>("Square", i)))).Sum(x => (long)x))
        .AddOrchestratorFunc<int, int>("Unit", async (ctx, n) => await ctx.CallActivityAsync<int>("Square", n))
        .AddOrchestratorFunc<int, long>("Programme", async (ctx, n) =>
            (await Task.WhenAll(Enumerable.Range(1, n).Select(i => ctx.CallSubOrchestratorAsync<int>("Unit", i)))).Sum(x => (long)x));

    private static long Expected(int n) => Enumerable.Range(1, n).Sum(i => (long)i * i);

    [TestMethod]
    public async Task Fan_out_and_in_of_500_activities_sums_every_result_once()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("SumOfSquares", 500, cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        var done = await hub.Client.GetInstanceAsync(id, true, ct);
        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, done!.RuntimeStatus, done.FailureDetails?.ToString());
        Assert.AreEqual(Expected(500), done.ReadOutputAs<long>());
    }

    [TestMethod]
    public async Task Fan_out_and_in_of_200_sub_orchestrations_with_in_process_pollers()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;
        var pollers = new DurableTaskHostedService(hub.Worker);
        await pollers.StartAsync(ct);
        try
        {
            var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Programme", 200, new StartOrchestrationOptions("programme-2025"), ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            var done = await hub.Client.WaitForInstanceCompletionAsync(id, true, timeout.Token);

            Assert.AreEqual(Expected(200), done.ReadOutputAs<long>());
            var child = await hub.Client.GetInstanceAsync("programme-2025:199", cancellationToken: ct);
            Assert.AreEqual(("programme-2025", OrchestrationRuntimeStatus.Completed), (child!.ParentInstanceId, child.RuntimeStatus));
        }
        finally
        {
            await pollers.StopAsync(CancellationToken.None);
        }
    }
}

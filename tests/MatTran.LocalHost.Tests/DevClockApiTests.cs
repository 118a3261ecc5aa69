using System.Net;
using System.Text;
using System.Text.Json;
using MatTran.Durable;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

[TestClass]
public sealed class DevClockApiTests
{
    public TestContext TestContext { get; set; } = null!;

    private Task<TestHost> StartWithVirtualClockAsync(string hub) => TestHost.StartAsync(
        DurableTestHub.Settings(hub, virtualClock: true), cancellationToken: TestContext.CancellationToken, configureDurable: DurableTestHub.Register);

    [TestMethod]
    public async Task Advancing_the_dev_clock_fires_a_thirty_day_durable_timer()
    {
        await using var host = await StartWithVirtualClockAsync(DurableTestHub.NewHubName());
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        string id = await client.ScheduleNewOrchestrationInstanceAsync(DurableTestHub.WaitThirtyDays, "xong", cancellationToken: TestContext.CancellationToken);
        await WaitUntilRunningAsync(client, id);
        using var before = await host.Client.SendAsync(ApiRequests.Get("api/dev/clock", "planner"), TestContext.CancellationToken);
        var start = (await before.ReadJsonAsync(TestContext.CancellationToken)).GetProperty("utcNow").GetDateTimeOffset();

        using var advanced = await host.Client.SendAsync(
            ApiRequests.PostJson("api/dev/clock/advance", new { days = 31 }, "planner"), TestContext.CancellationToken);
        var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, TestContext.CancellationToken);

        var clock = await advanced.ReadJsonAsync(TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, advanced.StatusCode);
        Assert.IsTrue(clock.GetProperty("virtual").GetBoolean());
        Assert.AreEqual(start.AddDays(31), clock.GetProperty("utcNow").GetDateTimeOffset());
        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.AreEqual("xong", done.ReadOutputAs<string>());
    }

    [TestMethod]
    public async Task Virtual_clock_starts_at_the_configured_instant()
    {
        await using var host = await StartWithVirtualClockAsync(DurableTestHub.NewHubName());

        using var read = await host.Client.SendAsync(ApiRequests.Get("api/dev/clock", "planner"), TestContext.CancellationToken);

        Assert.AreEqual(DurableTestHub.VirtualClockStart, (await read.ReadJsonAsync(TestContext.CancellationToken)).GetProperty("utcNow").GetDateTimeOffset());
    }

    [TestMethod]
    public async Task Dev_clock_moves_to_a_given_instant()
    {
        await using var host = await StartWithVirtualClockAsync(DurableTestHub.NewHubName());
        var target = host.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddYears(1);

        using var advanced = await host.Client.SendAsync(
            ApiRequests.PostJson("api/dev/clock/advance", new { to = target }, "admin"), TestContext.CancellationToken);
        using var read = await host.Client.SendAsync(ApiRequests.Get("api/dev/clock", "admin"), TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, advanced.StatusCode);
        Assert.AreEqual(target, (await read.ReadJsonAsync(TestContext.CancellationToken)).GetProperty("utcNow").GetDateTimeOffset());
        Assert.AreEqual(target, host.Services.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    [TestMethod]
    public async Task Dev_clock_refuses_to_go_backwards_with_422_problem()
    {
        await using var host = await StartWithVirtualClockAsync(DurableTestHub.NewHubName());
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();

        using var response = await host.Client.SendAsync(
            ApiRequests.PostJson("api/dev/clock/advance", new { to = now.AddDays(-1) }, "planner"), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(422, TestContext.CancellationToken);
        Assert.AreEqual("clock.backwards", problem.GetProperty("code").GetString());
        Assert.AreEqual(now, host.Services.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    [TestMethod]
    public async Task Dev_clock_advance_needs_positive_days_or_a_target_400_problem()
    {
        await using var host = await StartWithVirtualClockAsync(DurableTestHub.NewHubName());

        using var zero = await host.Client.SendAsync(
            ApiRequests.PostJson("api/dev/clock/advance", new { days = 0 }, "planner"), TestContext.CancellationToken);
        using var empty = await host.Client.SendAsync(
            ApiRequests.PostJson("api/dev/clock/advance", new { }, "planner"), TestContext.CancellationToken);

        Assert.AreEqual("clock.advance.invalid", (await zero.ReadProblemAsync(400, TestContext.CancellationToken)).GetProperty("code").GetString());
        Assert.AreEqual("clock.advance.invalid", (await empty.ReadProblemAsync(400, TestContext.CancellationToken)).GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task Dev_clock_is_for_planners_and_admins_only_403_problem()
    {
        await using var host = await StartWithVirtualClockAsync(DurableTestHub.NewHubName());

        using var response = await host.Client.SendAsync(
            ApiRequests.PostJson("api/dev/clock/advance", new { days = 1 }, "inspector"), TestContext.CancellationToken);

        await response.ReadProblemAsync(403, TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task Dev_clock_routes_are_404_when_the_virtual_clock_is_off()
    {
        await using var host = await TestHost.StartAsync(
            DurableTestHub.Settings(DurableTestHub.NewHubName()), cancellationToken: TestContext.CancellationToken);

        using var response = await host.Client.SendAsync(ApiRequests.Get("api/dev/clock", "admin"), TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
    }

    [TestMethod]
    public async Task Dev_clock_routes_are_404_in_Production()
    {
        await using var host = await TestHost.StartAsync(
            DurableTestHub.Settings(DurableTestHub.NewHubName()), environmentName: "Production", cancellationToken: TestContext.CancellationToken);
        using var request = ApiRequests.Get("api/dev/clock", user: null);
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", AdminPrincipal());

        using var response = await host.Client.SendAsync(request, TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
    }

    [TestMethod]
    public async Task Virtual_clock_configured_in_Production_fails_start_up()
    {
        var failure = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => TestHost.StartAsync(
            DurableTestHub.Settings(DurableTestHub.NewHubName(), virtualClock: true), environmentName: "Production",
            cancellationToken: TestContext.CancellationToken));

        StringAssert.Contains(failure.Message, "Durable:VirtualClock");
        StringAssert.Contains(failure.Message, "Production");
    }

    private async Task WaitUntilRunningAsync(DurableTaskClient client, string id)
    {
        while ((await client.GetInstanceAsync(id, cancellationToken: TestContext.CancellationToken))?.RuntimeStatus != OrchestrationRuntimeStatus.Running)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), TestContext.CancellationToken);
        }
    }

    private static string AdminPrincipal()
    {
        var principal = new
        {
            auth_typ = "aad",
            name_typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
            claims = new[] { new { typ = "roles", val = "Admin" } },
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(principal)));
    }
}

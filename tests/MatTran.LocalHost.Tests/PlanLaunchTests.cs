using System.Net;
using System.Text.Json;
using MatTran.Durable;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

[TestClass]
public sealed class PlanLaunchTests
{
    public TestContext TestContext { get; set; } = null!;

    private Task<TestHost> StartAsync() => TestHost.StartAsync(
        DurableTestHub.Settings(DurableTestHub.NewHubName(), virtualClock: true), cancellationToken: TestContext.CancellationToken);

    [TestMethod]
    public async Task Launching_an_approved_plan_is_202_marks_it_Launched_and_starts_its_orchestration()
    {
        await using var host = await StartAsync();
        string id = await TestPlans.CreateApprovedPlanAsync(host, await TestPlans.ImportTreeAsync(host, TestContext.CancellationToken), TestContext.CancellationToken);

        using var response = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{id}/launch", null, "planner"), TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.Accepted, response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
        Assert.AreEqual($"/api/plans/{id}", response.Headers.Location?.OriginalString);
        var body = await response.ReadJsonAsync(TestContext.CancellationToken);
        Assert.AreEqual(id, body.GetProperty("id").GetString());
        Assert.AreEqual("Launch", body.GetProperty("accepted").GetString());
        using var read = await host.Client.SendAsync(ApiRequests.Get($"api/plans/{id}", "inspector"), TestContext.CancellationToken);
        var plan = await read.ReadJsonAsync(TestContext.CancellationToken);
        Assert.AreEqual("Launched", plan.GetProperty("status").GetString());
        Assert.AreEqual("planner", plan.GetProperty("launchedBy").GetString());
        Assert.AreEqual(JsonValueKind.String, plan.GetProperty("launchedAt").ValueKind);
        var instance = await host.Services.GetRequiredService<DurableTaskClient>()
            .GetInstanceAsync("plan-" + id, getInputsAndOutputs: true, TestContext.CancellationToken);
        Assert.IsNotNull(instance);
        Assert.AreEqual("AnnualPlan", instance.Name);
        StringAssert.Contains(instance.SerializedInput, id);
    }

    [TestMethod]
    public async Task Launching_twice_is_409_plan_alreadyLaunched_and_starts_one_orchestration()
    {
        await using var host = await StartAsync();
        string id = await TestPlans.CreateApprovedPlanAsync(host, await TestPlans.ImportTreeAsync(host, TestContext.CancellationToken), TestContext.CancellationToken);
        using var first = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{id}/launch", null, "planner"), TestContext.CancellationToken);
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        var created = (await client.GetInstanceAsync("plan-" + id, cancellationToken: TestContext.CancellationToken))!.CreatedAt;

        using var second = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{id}/launch", null, "admin"), TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.Accepted, first.StatusCode);
        var problem = await second.ReadProblemAsync(409, TestContext.CancellationToken);
        Assert.AreEqual("plan.alreadyLaunched", problem.GetProperty("code").GetString());
        Assert.AreEqual(created, (await client.GetInstanceAsync("plan-" + id, cancellationToken: TestContext.CancellationToken))!.CreatedAt);
    }

    [TestMethod]
    public async Task Launch_retried_after_a_crash_between_marking_and_starting_starts_the_orchestration()
    {
        await using var host = await StartAsync();
        string id = await TestPlans.CreateApprovedPlanAsync(host, await TestPlans.ImportTreeAsync(host, TestContext.CancellationToken), TestContext.CancellationToken);
        // The first attempt got as far as marking the plan Launched.
        Assert.AreEqual(PlanLaunchOutcome.Launched, await host.Services.GetRequiredService<PlanStore>().LaunchAsync(id, "planner", TestContext.CancellationToken));

        using var retry = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{id}/launch", null, "planner"), TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.Accepted, retry.StatusCode, await retry.Content.ReadAsStringAsync(TestContext.CancellationToken));
        Assert.IsNotNull(await host.Services.GetRequiredService<DurableTaskClient>().GetInstanceAsync("plan-" + id, cancellationToken: TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Launching_a_draft_is_409_plan_notApproved_and_starts_nothing()
    {
        await using var host = await StartAsync();
        string id = await TestPlans.CreatePlanAsync(host, await TestPlans.ImportTreeAsync(host, TestContext.CancellationToken), TestContext.CancellationToken);

        using var response = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{id}/launch", null, "planner"), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(409, TestContext.CancellationToken);
        Assert.AreEqual("plan.notApproved", problem.GetProperty("code").GetString());
        Assert.IsNull(await host.Services.GetRequiredService<DurableTaskClient>().GetInstanceAsync("plan-" + id, cancellationToken: TestContext.CancellationToken));
        Assert.AreEqual(PlanStatus.Draft, (await host.Services.GetRequiredService<PlanStore>().FindAsync(id, TestContext.CancellationToken))!.Status);
    }

    [TestMethod]
    public async Task Launching_an_unknown_plan_is_404_and_by_an_inspector_403()
    {
        await using var host = await StartAsync();

        using var unknown = await host.Client.SendAsync(ApiRequests.PostJson("api/plans/tinh.2027.0123456789ab/launch", null, "planner"), TestContext.CancellationToken);
        using var inspector = await host.Client.SendAsync(ApiRequests.PostJson("api/plans/tinh.2027.0123456789ab/launch", null, "inspector"), TestContext.CancellationToken);

        Assert.AreEqual("plan.notFound", (await unknown.ReadProblemAsync(404, TestContext.CancellationToken)).GetProperty("code").GetString());
        await inspector.ReadProblemAsync(403, TestContext.CancellationToken);
    }
}

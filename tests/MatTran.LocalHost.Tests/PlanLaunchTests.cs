using System.Net;
using System.Text.Json;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

[TestClass]
public sealed class PlanLaunchTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Cancel => TestContext.CancellationToken;

    [TestMethod]
    public async Task Launching_an_approved_plan_is_202_marks_it_Launched_in_real_time_and_starts_its_orchestration()
    {
        var host = await TestHost.SharedAsync(Cancel);
        string id = await TestPlans.CreateApprovedPlanAsync(host, await TestPlans.ImportTreeAsync(host, Cancel), Cancel);
        var before = DateTimeOffset.UtcNow;

        using var response = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{id}/launch", null, "planner"), Cancel);

        Assert.AreEqual(HttpStatusCode.Accepted, response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
        Assert.AreEqual($"/api/plans/{id}", response.Headers.Location?.OriginalString);
        var body = await response.ReadJsonAsync(Cancel);
        Assert.AreEqual(id, body.GetProperty("id").GetString());
        Assert.AreEqual("Launch", body.GetProperty("accepted").GetString());
        var plan = await ReadPlanAsync(host, id);
        Assert.AreEqual("Launched", plan.GetProperty("status").GetString());
        Assert.AreEqual("planner", plan.GetProperty("launchedBy").GetString());
        Assert.AreEqual(JsonValueKind.Null, plan.GetProperty("rehearsal").ValueKind);
        Assert.IsTrue(plan.GetProperty("planTime").GetDateTimeOffset() >= before, "a plan in real time shows the real time");
        Assert.IsLessThan(TimeSpan.FromMinutes(1), plan.GetProperty("planTime").GetDateTimeOffset() - before);
        var instance = await host.Services.GetRequiredService<DurableTaskClient>().GetInstanceAsync("plan-" + id, getInputsAndOutputs: true, Cancel);
        Assert.IsNotNull(instance);
        Assert.AreEqual("AnnualPlan", instance.Name);
        var input = instance.ReadInputAs<AnnualPlanInput>()!;
        Assert.AreEqual(id, input.PlanId);
        Assert.IsFalse(input.Clock.IsRehearsal);
    }

    [TestMethod]
    public async Task Rehearsal_launch_runs_the_plan_on_its_own_clock_shown_by_get_plan()
    {
        var host = await TestHost.SharedAsync(Cancel);
        string id = await TestPlans.CreateApprovedPlanAsync(host, await TestPlans.ImportTreeAsync(host, Cancel), Cancel);
        var startsAt = new DateOnly(TestPlans.FutureYear, 1, 4);
        var launched = DateTimeOffset.UtcNow;

        await Rehearsals.LaunchAsync(host, id, startsAt, secondsPerDay: 1, Cancel);
        var plan = await ReadPlanAsync(host, id);
        var read = DateTimeOffset.UtcNow;

        var rehearsal = plan.GetProperty("rehearsal");
        Assert.AreEqual("2027-01-04", rehearsal.GetProperty("startsAt").GetString());
        Assert.AreEqual(1, rehearsal.GetProperty("secondsPerDay").GetDouble());
        // Plan time began at 08:00 in Vietnam on the start day and has run a day per real second since the launch.
        var planStart = new DateTimeOffset(2027, 1, 4, 1, 0, 0, TimeSpan.Zero);
        Assert.AreEqual(planStart, plan.GetProperty("launchedAt").GetDateTimeOffset());
        var planTime = plan.GetProperty("planTime").GetDateTimeOffset();
        Assert.IsTrue(planTime >= planStart, $"plan time {planTime}");
        Assert.IsTrue(planTime <= planStart + TimeSpan.FromDays((read - launched).TotalSeconds + 1), $"plan time {planTime}");
        var instance = await host.Services.GetRequiredService<DurableTaskClient>().GetInstanceAsync("plan-" + id, getInputsAndOutputs: true, Cancel);
        var clock = instance!.ReadInputAs<AnnualPlanInput>()!.Clock;
        Assert.AreEqual(1, clock.SecondsPerDay);
        Assert.AreEqual(planStart.UtcDateTime, clock.PlanStartUtc);
    }

    [TestMethod]
    [DataRow(0.1)]
    [DataRow(0)]
    [DataRow(-1)]
    public async Task Rehearsal_faster_than_the_minimum_is_422_and_launches_nothing(double secondsPerDay)
    {
        var host = await TestHost.SharedAsync(Cancel);
        string id = await TestPlans.CreateApprovedPlanAsync(host, await TestPlans.ImportTreeAsync(host, Cancel), Cancel);

        using var response = await host.Client.SendAsync(
            ApiRequests.PostJson($"api/plans/{id}/launch", Rehearsals.Body(new DateOnly(2027, 6, 1), secondsPerDay), "planner"), Cancel);

        var problem = await response.ReadProblemAsync(422, Cancel);
        CollectionAssert.Contains(problem.CodesFor("rehearsal.secondsPerDay"), "plan.rehearsal.secondsPerDay.tooSmall");
        await AssertNotLaunchedAsync(host, id);
    }

    [TestMethod]
    public async Task Rehearsal_without_a_start_day_is_422_and_launches_nothing()
    {
        var host = await TestHost.SharedAsync(Cancel);
        string id = await TestPlans.CreateApprovedPlanAsync(host, await TestPlans.ImportTreeAsync(host, Cancel), Cancel);

        using var response = await host.Client.SendAsync(
            ApiRequests.PostJson($"api/plans/{id}/launch", new { rehearsal = new { secondsPerDay = 1 } }, "planner"), Cancel);

        var problem = await response.ReadProblemAsync(422, Cancel);
        CollectionAssert.Contains(problem.CodesFor("rehearsal.startsAt"), "plan.rehearsal.startsAt.required");
        await AssertNotLaunchedAsync(host, id);
    }

    [TestMethod]
    public async Task Rehearsal_outside_Development_and_Test_is_400_rehearsal_notAllowed_and_launches_nothing()
    {
        var host = await TestHost.SharedAsync(Cancel, "Production");
        var tree = new UnitTree();
        await SendAsPrincipalAsync(host, ApiRequests.PostCsv("api/units/import", tree.Csv, user: null), "Planner", HttpStatusCode.OK);
        var created = await SendAsPrincipalAsync(host, ApiRequests.PostJson("api/plans", TestPlans.Plan(tree), user: null), "Planner", HttpStatusCode.Created);
        string id = created.GetProperty("id").GetString()!;
        await SendAsPrincipalAsync(host, ApiRequests.PostJson($"api/plans/{id}/approve", null, user: null), "Supervisor", HttpStatusCode.OK);

        using var launch = ApiRequests.PostJson($"api/plans/{id}/launch", Rehearsals.Body(new DateOnly(2027, 6, 1), 1), user: null).AsPrincipal("Planner");
        using var response = await host.Client.SendAsync(launch, Cancel);

        Assert.AreEqual("plan.rehearsal.notAllowed", (await response.ReadProblemAsync(400, Cancel)).GetProperty("code").GetString());
        await AssertNotLaunchedAsync(host, id);
    }

    [TestMethod]
    public async Task Launching_twice_is_409_plan_alreadyLaunched_and_starts_one_orchestration()
    {
        var host = await TestHost.SharedAsync(Cancel);
        string id = await TestPlans.CreateApprovedPlanAsync(host, await TestPlans.ImportTreeAsync(host, Cancel), Cancel);
        using var first = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{id}/launch", null, "planner"), Cancel);
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        var created = (await client.GetInstanceAsync("plan-" + id, Cancel))!.CreatedAt;

        using var second = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{id}/launch", Rehearsals.Body(new DateOnly(2027, 6, 1), 1), "admin"), Cancel);

        Assert.AreEqual(HttpStatusCode.Accepted, first.StatusCode);
        var problem = await second.ReadProblemAsync(409, Cancel);
        Assert.AreEqual("plan.alreadyLaunched", problem.GetProperty("code").GetString());
        Assert.AreEqual(created, (await client.GetInstanceAsync("plan-" + id, Cancel))!.CreatedAt);
    }

    [TestMethod]
    public async Task Launch_retried_after_a_crash_between_marking_and_starting_starts_the_orchestration_on_the_stored_clock()
    {
        var host = await TestHost.SharedAsync(Cancel);
        string id = await TestPlans.CreateApprovedPlanAsync(host, await TestPlans.ImportTreeAsync(host, Cancel), Cancel);
        // The first attempt, a rehearsal, got as far as marking the plan Launched with its clock.
        var clock = PlanClock.Rehearsal(new DateOnly(2027, 5, 3), 2, DateTime.UtcNow);
        Assert.AreEqual(PlanLaunchOutcome.Launched, await host.Services.GetRequiredService<PlanStore>().LaunchAsync(id, "planner", clock, Cancel));

        using var retry = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{id}/launch", null, "planner"), Cancel);

        Assert.AreEqual(HttpStatusCode.Accepted, retry.StatusCode, await retry.Content.ReadAsStringAsync(Cancel));
        var instance = await host.Services.GetRequiredService<DurableTaskClient>().GetInstanceAsync("plan-" + id, getInputsAndOutputs: true, Cancel);
        Assert.AreEqual(clock, instance!.ReadInputAs<AnnualPlanInput>()!.Clock);
    }

    [TestMethod]
    public async Task Launching_a_draft_is_409_plan_notApproved_and_starts_nothing()
    {
        var host = await TestHost.SharedAsync(Cancel);
        string id = await TestPlans.CreatePlanAsync(host, await TestPlans.ImportTreeAsync(host, Cancel), Cancel);

        using var response = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{id}/launch", null, "planner"), Cancel);

        var problem = await response.ReadProblemAsync(409, Cancel);
        Assert.AreEqual("plan.notApproved", problem.GetProperty("code").GetString());
        Assert.IsNull(await host.Services.GetRequiredService<DurableTaskClient>().GetInstanceAsync("plan-" + id, Cancel));
        Assert.AreEqual(PlanStatus.Draft, (await host.Services.GetRequiredService<PlanStore>().FindAsync(id, Cancel))!.Status);
    }

    [TestMethod]
    public async Task Launching_an_unknown_plan_is_404_and_by_an_inspector_403()
    {
        var host = await TestHost.SharedAsync(Cancel);

        using var unknown = await host.Client.SendAsync(ApiRequests.PostJson("api/plans/tinh.2027.0123456789ab/launch", null, "planner"), Cancel);
        using var inspector = await host.Client.SendAsync(ApiRequests.PostJson("api/plans/tinh.2027.0123456789ab/launch", null, "inspector"), Cancel);

        Assert.AreEqual("plan.notFound", (await unknown.ReadProblemAsync(404, Cancel)).GetProperty("code").GetString());
        await inspector.ReadProblemAsync(403, Cancel);
    }

    private async Task AssertNotLaunchedAsync(TestHost host, string id)
    {
        Assert.IsNull(await host.Services.GetRequiredService<DurableTaskClient>().GetInstanceAsync("plan-" + id, Cancel));
        Assert.AreEqual(PlanStatus.Approved, (await host.Services.GetRequiredService<PlanStore>().FindAsync(id, Cancel))!.Status);
    }

    private async Task<JsonElement> ReadPlanAsync(TestHost host, string id)
    {
        using var read = await host.Client.SendAsync(ApiRequests.Get($"api/plans/{id}", "inspector"), Cancel);
        Assert.AreEqual(HttpStatusCode.OK, read.StatusCode);
        return await read.ReadJsonAsync(Cancel);
    }

    private async Task<JsonElement> SendAsPrincipalAsync(TestHost host, HttpRequestMessage request, string role, HttpStatusCode expected)
    {
        using (request)
        {
            using var response = await host.Client.SendAsync(request.AsPrincipal(role), Cancel);
            Assert.AreEqual(expected, response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
            return await response.ReadJsonAsync(Cancel);
        }
    }
}

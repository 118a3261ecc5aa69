using System.Globalization;
using System.Net;
using System.Text.Json;
using MatTran.Inspections.Links;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// A launched two-inspection plan whose workflows have scheduled both inspections: the district's (Inspection, visit
/// 15/06) and the commune's (Supervision, visit 16/06). Launched in real time it waits in Scheduled for months; launched
/// as a rehearsal it moves on by itself, a plan day every few real seconds.
/// </summary>
internal sealed class LaunchedPlan
{
    /// <summary>The upload limit of the hosts these tests use (<see cref="HostSettings"/>).</summary>
    public const long MaxUploadBytes = 4096;

    public static readonly DateOnly DistrictVisit = new(TestPlans.FutureYear, 6, 15);

    private readonly WorkflowDriver _driver;

    private LaunchedPlan(TestHost host, UnitTree tree, string planId, string district, string commune, CancellationToken cancellationToken)
    {
        Host = host;
        Tree = tree;
        PlanId = planId;
        DistrictInspection = district;
        CommuneInspection = commune;
        _driver = new WorkflowDriver(host, cancellationToken);
    }

    public TestHost Host { get; }

    public UnitTree Tree { get; }

    public string PlanId { get; }

    public string DistrictInspection { get; }

    public string CommuneInspection { get; }

    public WorkflowDriver Driver => _driver;

    /// <summary>A small upload limit, so "too large" is reached without sending megabytes.</summary>
    public static Dictionary<string, string?> HostSettings() => new()
    {
        ["Uploads:MaxBytes"] = MaxUploadBytes.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Launched in real time: both inspections stay Scheduled (their notice days are months away).</summary>
    public static Task<LaunchedPlan> StartAsync(TestHost host, CancellationToken cancellationToken) =>
        StartAsync(host, null, cancellationToken);

    /// <summary>Launched as a rehearsal starting the plan day before the district's notice day.</summary>
    public static Task<LaunchedPlan> StartBeforeNoticeAsync(TestHost host, double secondsPerDay, CancellationToken cancellationToken) =>
        StartAsync(host, Rehearsals.Body(Rehearsals.NoticeDay(DistrictVisit).AddDays(-1), secondsPerDay), cancellationToken);

    private static async Task<LaunchedPlan> StartAsync(TestHost host, object? launchBody, CancellationToken cancellationToken)
    {
        var tree = await TestPlans.ImportTreeAsync(host, cancellationToken);
        string planId = await TestPlans.CreateApprovedPlanAsync(host, tree, cancellationToken);
        using var launched = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{planId}/launch", launchBody, "planner"), cancellationToken);
        Assert.AreEqual(HttpStatusCode.Accepted, launched.StatusCode, await launched.Content.ReadAsStringAsync(cancellationToken));
        using var read = await host.Client.SendAsync(ApiRequests.Get($"api/plans/{planId}", "planner"), cancellationToken);
        var ids = (await read.ReadJsonAsync(cancellationToken)).GetProperty("inspections").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        var plan = new LaunchedPlan(host, tree, planId, ids[0], ids[1], cancellationToken);
        foreach (string id in ids)
        {
            await plan.WaitUntilAsync(id, i => i.GetProperty("schedule").ValueKind == JsonValueKind.Object, "scheduling");
        }

        return plan;
    }

    /// <summary>The token of a link as the workflow emails it, signed with the host's key.</summary>
    public string Link(string unitId, string inspectionId, UnitLinkPurpose purpose) =>
        Host.Services.GetRequiredService<UnitLinkSigner>().Issue(unitId, inspectionId, purpose);

    /// <summary>The inspection as staff see it, or null when the read model has no row yet.</summary>
    public Task<JsonElement?> InspectionAsync(string id) => _driver.FindInspectionAsync(id);

    public static string Stage(JsonElement inspection) => WorkflowDriver.Stage(inspection);

    /// <summary>Polls the read model: the workflow applies accepted requests asynchronously.</summary>
    public Task<JsonElement> WaitUntilAsync(string id, Func<JsonElement, bool> condition, string what) => _driver.WaitUntilAsync(id, condition, what);

    public Task<JsonElement> WaitForStageAsync(string id, string stage) => _driver.WaitForStageAsync(id, stage);
}

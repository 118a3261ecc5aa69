using System.Globalization;
using System.Net;
using System.Text.Json;
using MatTran.Inspections.Links;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// A host on the virtual clock (its own task hub, maildev for email, a 4 KB upload limit) with a launched two-inspection
/// plan whose workflows have scheduled both inspections: the district's (Inspection) and the commune's (Supervision).
/// </summary>
internal sealed class LaunchedPlan : IAsyncDisposable
{
    public const long MaxUploadBytes = 4096;

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

    public static async Task<LaunchedPlan> StartAsync(CancellationToken cancellationToken)
    {
        var settings = DurableTestHub.Settings(DurableTestHub.NewHubName(), virtualClock: true);
        settings["Email:Smtp:Host"] = "127.0.0.1";
        settings["Email:Smtp:Port"] = Emulators.Servers.SmtpPort.ToString(CultureInfo.InvariantCulture);
        settings["Uploads:MaxBytes"] = MaxUploadBytes.ToString(CultureInfo.InvariantCulture);
        var host = await TestHost.StartAsync(settings, cancellationToken: cancellationToken);
        var tree = await TestPlans.ImportTreeAsync(host, cancellationToken);
        string planId = await TestPlans.CreateApprovedPlanAsync(host, tree, cancellationToken);
        using var launched = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{planId}/launch", null, "planner"), cancellationToken);
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

    /// <summary>Moves the virtual clock to 09:00 Vietnam time on <paramref name="day"/>, timer by timer.</summary>
    public Task AdvanceToAsync(DateOnly day) => _driver.AdvanceToAsync(day);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

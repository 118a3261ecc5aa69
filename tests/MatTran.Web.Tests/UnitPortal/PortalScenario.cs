using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MatTran.Inspections.Links;
using MatTran.LocalHost.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.Web.Tests.UnitPortal;

/// <summary>
/// The app with its real workflows on Azurite + maildev, brought through the staff API to the point where a unit opens
/// its emailed link: units imported, a plan created, approved and launched — as a rehearsal starting just before the
/// moment the test needs, whose plan days pass in a few real seconds.
/// </summary>
internal sealed class PortalScenario : IAsyncDisposable
{
    /// <summary>A year after the clock's, so the launched inspection starts out waiting for its notice day.</summary>
    public const int Year = 2027;

    public const long UploadLimitBytes = 1024 * 1024;

    public static readonly DateOnly VisitDay = new(Year, 6, 15);

    private readonly WorkflowDriver _driver;

    private PortalScenario(TestHost host, UnitTree units, CancellationToken cancellationToken)
    {
        Host = host;
        Units = units;
        _driver = new WorkflowDriver(host, cancellationToken);
    }

    public TestHost Host { get; }

    public UnitTree Units { get; }

    public static async Task<PortalScenario> StartAsync(CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>();
        // A small upload limit, so the "too large" answer is reached without sending 20 MB.
        settings["Uploads:MaxBytes"] = UploadLimitBytes.ToString(CultureInfo.InvariantCulture);
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = await TestHost.StartAsync(settings, cancellationToken: cancellationToken);
        var scenario = new PortalScenario(host, new UnitTree(), cancellationToken);
        await scenario.SendAsync(ApiRequests.PostCsv("api/units/import", scenario.Units.Csv, "planner"), HttpStatusCode.OK);
        return scenario;
    }

    /// <summary>The notice day of the district's inspection, as the workflow computes it.</summary>
    public static DateOnly NoticeDay => Rehearsals.NoticeDay(VisitDay);

    /// <summary>
    /// Creates, approves and launches a one-inspection plan for the district — in real time, or as a rehearsal from
    /// <paramref name="startsAt"/> at <paramref name="secondsPerDay"/> — and waits until its workflow has scheduled
    /// it; returns the inspection's id.
    /// </summary>
    public async Task<string> LaunchInspectionOfDistrictAsync(DateOnly? startsAt = null, double secondsPerDay = 2)
    {
        var plan = new JsonObject
        {
            ["number"] = "7/KH-MTTQ-BTT",
            ["year"] = Year,
            ["issuerUnitId"] = Units.Province,
            ["title"] = $"Kế hoạch kiểm tra năm {Year}",
            ["topics"] = new JsonArray("Thực hiện Điều lệ MTTQ Việt Nam"),
            ["inspections"] = new JsonArray(new JsonObject
            {
                ["unitId"] = Units.District,
                ["kind"] = "Inspection",
                ["visitDate"] = VisitDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["coveredPeriod"] = new JsonObject { ["from"] = $"{Year - 1}-01-01", ["to"] = $"{Year - 1}-12-31" },
                ["teamLead"] = "Nguyễn Thị Lan",
                ["members"] = new JsonArray("Trần Văn Hùng"),
                ["siteVisits"] = new JsonArray(),
            }),
        };
        string planId = (await SendAsync(ApiRequests.PostJson("api/plans", plan, "planner"), HttpStatusCode.Created)).GetProperty("id").GetString()!;
        await SendAsync(ApiRequests.PostJson($"api/plans/{planId}/approve", null, "supervisor"), HttpStatusCode.OK);
        object? launch = startsAt is { } day ? Rehearsals.Body(day, secondsPerDay) : null;
        await SendAsync(ApiRequests.PostJson($"api/plans/{planId}/launch", launch, "planner"), HttpStatusCode.Accepted);
        var read = await SendAsync(ApiRequests.Get($"api/plans/{planId}", "planner"), HttpStatusCode.OK);
        string inspectionId = read.GetProperty("inspections")[0].GetProperty("id").GetString()!;
        await _driver.WaitUntilAsync(inspectionId, i => i.GetProperty("schedule").ValueKind == JsonValueKind.Object, "scheduling");
        return inspectionId;
    }

    /// <summary>Waits (polling the staff API) until the workflow has brought the inspection to <paramref name="stage"/>.</summary>
    public Task WaitForStageAsync(string inspectionId, string stage) => _driver.WaitForStageAsync(inspectionId, stage);

    /// <summary>
    /// Waits until the inspection lists its remediation items: each is listed by its own workflow once that exists, a
    /// moment after the stage became Remediation; the page shows what the read model lists when it loads.
    /// </summary>
    public Task WaitForRemediationsAsync(string inspectionId) =>
        _driver.WaitUntilAsync(inspectionId, i => i.GetProperty("remediations").GetArrayLength() > 0, "remediation items");

    /// <summary>A link like the emailed one, signed with the host's own key and clock.</summary>
    public string LinkToken(string unitId, string inspectionId, UnitLinkPurpose purpose) =>
        Host.Services.GetRequiredService<UnitLinkSigner>().Issue(unitId, inspectionId, purpose);

    public string ExpiredLinkToken(string unitId, string inspectionId)
    {
        var now = Host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        return Host.Services.GetRequiredService<UnitLinkSigner>()
            .Sign(new UnitLinkClaims(unitId, inspectionId, now.AddMinutes(-1), UnitLinkPurpose.SelfReportUpload));
    }

    public string PageUrl(string inspectionId, string token) =>
        new Uri(Host.Address, $"units/inspections/{inspectionId}?t={Uri.EscapeDataString(token)}").ToString();

    public Task<JsonElement> SendAsync(HttpRequestMessage request, HttpStatusCode expected) => _driver.SendAsync(request, expected);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

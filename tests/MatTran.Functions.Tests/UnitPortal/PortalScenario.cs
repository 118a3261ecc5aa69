using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MatTran.Durable;
using MatTran.Inspections.Links;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.Functions.Tests.UnitPortal;

/// <summary>
/// The app with its real workflows on Azurite + maildev and a virtual clock, brought through the staff API to the
/// point where a unit opens its emailed link: units imported, a plan created, approved and launched, the clock moved.
/// </summary>
internal sealed class PortalScenario : IAsyncDisposable
{
    /// <summary>A year after the clock's, so the launched inspection starts out waiting for its notice day.</summary>
    public const int Year = 2027;

    public const long UploadLimitBytes = 1024 * 1024;

    public static readonly DateOnly VisitDay = new(Year, 6, 15);

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly CancellationToken _cancellationToken;

    private PortalScenario(TestHost host, UnitTree units, CancellationToken cancellationToken)
    {
        Host = host;
        Units = units;
        _cancellationToken = cancellationToken;
    }

    public TestHost Host { get; }

    public UnitTree Units { get; }

    public static async Task<PortalScenario> StartAsync(CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var settings = DurableTestHub.Settings(DurableTestHub.NewHubName(), virtualClock: true);
        settings["Email:Smtp:Host"] = "127.0.0.1";
        settings["Email:Smtp:Port"] = Emulators.Servers.SmtpPort.ToString(CultureInfo.InvariantCulture);
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

    /// <summary>Creates, approves and launches a one-inspection plan for the district; returns the inspection's id.</summary>
    public async Task<string> LaunchInspectionOfDistrictAsync()
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
        await SendAsync(ApiRequests.PostJson($"api/plans/{planId}/launch", null, "planner"), HttpStatusCode.Accepted);
        var read = await SendAsync(ApiRequests.Get($"api/plans/{planId}", "planner"), HttpStatusCode.OK);
        return read.GetProperty("inspections")[0].GetProperty("id").GetString()!;
    }

    /// <summary>Moves the virtual clock to 09:00 Vietnam time on <paramref name="day"/>, firing every timer due by then.</summary>
    public Task AdvanceToAsync(DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), VietnamOffset).ToUniversalTime();
        return SendAsync(ApiRequests.PostJson("api/dev/clock/advance", new { to = target }, "planner"), HttpStatusCode.OK);
    }

    /// <summary>Waits (polling the staff API) until the workflow has brought the inspection to <paramref name="stage"/>.</summary>
    public async Task WaitForStageAsync(string inspectionId, string stage)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken);
        patience.CancelAfter(Patience);
        string? seen = null;
        while (!patience.IsCancellationRequested)
        {
            // 404 until the plan's orchestration has written the inspection's first read-model row.
            using var response = await Host.Client.SendAsync(ApiRequests.Get($"api/inspections/{inspectionId}", "planner"), _cancellationToken);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync(_cancellationToken));
                var details = await response.ReadJsonAsync(_cancellationToken);
                seen = details.GetProperty("summary").GetProperty("stage").GetString();
                if (seen == stage)
                {
                    return;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), CancellationToken.None);
        }

        Assert.Fail($"Inspection {inspectionId} did not reach {stage} within {Patience.TotalSeconds} s; last stage {seen}.");
    }

    /// <summary>
    /// Waits until an orchestration (a remediation item's, started by its inspection once the stage is Remediation)
    /// is running, since the API refuses a unit's report for a workflow that has not started yet.
    /// </summary>
    public async Task WaitForRunningAsync(string instanceId)
    {
        var client = Host.Services.GetRequiredService<DurableTaskClient>();
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken);
        patience.CancelAfter(Patience);
        while (!patience.IsCancellationRequested)
        {
            if ((await client.GetInstanceAsync(instanceId, cancellationToken: _cancellationToken))?.RuntimeStatus == OrchestrationRuntimeStatus.Running)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), CancellationToken.None);
        }

        Assert.Fail($"Orchestration {instanceId} was not running within {Patience.TotalSeconds} s.");
    }

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

    public async Task<JsonElement> SendAsync(HttpRequestMessage request, HttpStatusCode expected)
    {
        using (request)
        {
            using var response = await Host.Client.SendAsync(request, _cancellationToken);
            string body = await response.Content.ReadAsStringAsync(_cancellationToken);
            Assert.AreEqual(expected, response.StatusCode, $"{request.Method} {request.RequestUri}: {body}");
            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

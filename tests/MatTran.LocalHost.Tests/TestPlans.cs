using System.Net;
using System.Text.Json.Nodes;

namespace MatTran.LocalHost.Tests;

/// <summary>Units and plans made through the API for tests that need an approved (or launched) plan.</summary>
internal static class TestPlans
{
    /// <summary>Next year: launched in real time, an inspection of this year waits months in Scheduled for its notice day.</summary>
    public const int FutureYear = 2027;

    public const string Topic = "Thực hiện Điều lệ MTTQ Việt Nam";

    public static async Task<UnitTree> ImportTreeAsync(TestHost host, CancellationToken cancellationToken)
    {
        var tree = new UnitTree();
        using var response = await host.Client.SendAsync(ApiRequests.PostCsv("api/units/import", tree.Csv, "planner"), cancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        return tree;
    }

    /// <summary>Two inspections: the district (Inspection) and the commune (Supervision), visits in mid-June.</summary>
    public static JsonObject Plan(UnitTree tree, int year = FutureYear) => new()
    {
        ["number"] = "12/KH-MTTQ-BTT",
        ["year"] = year,
        ["issuerUnitId"] = tree.Province,
        ["title"] = $"Kế hoạch kiểm tra, giám sát năm {year}",
        ["topics"] = new JsonArray(Topic),
        ["inspections"] = new JsonArray(
            Inspection(tree.District, "Inspection", $"{year}-06-15", year),
            Inspection(tree.Commune, "Supervision", $"{year}-06-16", year)),
    };

    public static async Task<string> CreatePlanAsync(TestHost host, UnitTree tree, CancellationToken cancellationToken, int year = FutureYear)
    {
        using var created = await host.Client.SendAsync(ApiRequests.PostJson("api/plans", Plan(tree, year), "planner"), cancellationToken);
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync(cancellationToken));
        return (await created.ReadJsonAsync(cancellationToken)).GetProperty("id").GetString()!;
    }

    public static async Task<string> CreateApprovedPlanAsync(TestHost host, UnitTree tree, CancellationToken cancellationToken, int year = FutureYear)
    {
        string id = await CreatePlanAsync(host, tree, cancellationToken, year);
        using var approved = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{id}/approve", null, "supervisor"), cancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, approved.StatusCode, await approved.Content.ReadAsStringAsync(cancellationToken));
        return id;
    }

    private static JsonObject Inspection(string unitId, string kind, string visitDate, int year) => new()
    {
        ["unitId"] = unitId,
        ["kind"] = kind,
        ["visitDate"] = visitDate,
        ["coveredPeriod"] = new JsonObject { ["from"] = $"{year - 1}-01-01", ["to"] = $"{year - 1}-12-31" },
        ["teamLead"] = "Nguyễn Thị Lan",
        ["members"] = new JsonArray("Trần Văn Hùng"),
        ["siteVisits"] = new JsonArray(),
    };
}

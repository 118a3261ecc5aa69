using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MatTran.Api.Plans;
using MatTran.Inspections.ReadModel.Plans;

namespace MatTran.LocalHost.Tests;

/// <summary>Plans of a whole province's year (thousands of inspections) through the API.</summary>
[TestClass]
public sealed class LargePlanApiTests
{
    private const int Communes = 1200;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Plan_of_1200_inspections_with_long_teams_is_201_and_reads_back_whole_in_plan_order()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = new UnitTree();
        using (var imported = await host.Client.SendAsync(ApiRequests.PostCsv("api/units/import", Csv(tree), "admin"), TestContext.CancellationToken))
        {
            Assert.AreEqual(HttpStatusCode.OK, imported.StatusCode, await imported.Content.ReadAsStringAsync(TestContext.CancellationToken));
        }

        var units = Enumerable.Range(0, Communes).Select(i => CommuneId(tree, i)).ToList();
        var plan = Plan(tree, units.Select(unit => LongTeamInspection(unit, [])));
        using var created = await host.Client.SendAsync(ApiRequests.PostJson("api/plans", plan, "planner"), TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync(TestContext.CancellationToken));
        string id = (await created.ReadJsonAsync(TestContext.CancellationToken)).GetProperty("id").GetString()!;

        using var fetched = await host.Client.SendAsync(ApiRequests.Get($"api/plans/{id}", "planner"), TestContext.CancellationToken);
        var inspections = (await fetched.ReadJsonAsync(TestContext.CancellationToken)).GetProperty("inspections").EnumerateArray().ToList();
        CollectionAssert.AreEqual(units, inspections.Select(i => i.GetProperty("unitId").GetString()).ToList());
        CollectionAssert.AreEqual(
            Enumerable.Range(1, Communes).Select(n => $"{id}.{n:D4}").ToList(), inspections.Select(i => i.GetProperty("id").GetString()).ToList());
    }

    [TestMethod]
    public void The_most_inspections_with_long_teams_fit_the_body_limit_even_escaped_and_indented()
    {
        var tree = new UnitTree();
        var inspections = Enumerable.Range(0, PlanStore.MaxInspections).Select(i => CommuneId(tree, i))
            .Select(unit => LongTeamInspection(unit, [.. Enumerable.Range(1, 5).Select(n => $"{unit}-thon-{n}")]));
        var plan = Plan(tree, inspections);

        // The serializer's default encoder escapes every non-ASCII character (\uXXXX): the largest way a client writes it.
        long bytes = Encoding.UTF8.GetByteCount(plan.ToJsonString(Indented));

        Assert.IsLessThan(PlansApi.MaxPlanBytes, bytes);
    }

    private static string CommuneId(UnitTree tree, int index) => string.Create(CultureInfo.InvariantCulture, $"{tree.Prefix}-xa-{index:D4}");

    private static string Csv(UnitTree tree)
    {
        var csv = new StringBuilder(tree.Csv);
        for (int i = 0; i < Communes; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{CommuneId(tree, i)},Ủy ban MTTQ xã số {i},Commune,{tree.District},xa{i}@example.vn\r\n");
        }

        return csv.ToString();
    }

    private static JsonObject Plan(UnitTree tree, IEnumerable<JsonObject> inspections) => new()
    {
        ["number"] = "7/KH-MTTQ-BTT",
        ["year"] = 2025,
        ["issuerUnitId"] = tree.Province,
        ["title"] = "Kế hoạch kiểm tra, giám sát năm 2025 toàn tỉnh",
        ["topics"] = new JsonArray("Thực hiện Điều lệ MTTQ Việt Nam"),
        ["inspections"] = new JsonArray([.. inspections]),
    };

    /// <summary>A lead and ten members: with five site visits, the inspection <see cref="PlansApi.MaxPlanBytes"/> is measured on.</summary>
    private static JsonObject LongTeamInspection(string unitId, string[] siteVisits) => new()
    {
        ["unitId"] = unitId,
        ["kind"] = "Supervision",
        ["visitDate"] = "2025-06-19",
        ["coveredPeriod"] = new JsonObject { ["from"] = "2024-01-01", ["to"] = "2024-12-31" },
        ["teamLead"] = "Nguyễn Thị Thanh Hương",
        ["members"] = new JsonArray(
            "Trần Văn Hùng", "Lê Thị Minh Nguyệt", "Phạm Quốc Trưởng", "Hoàng Đức Thắng", "Vũ Thị Ngọc Ánh",
            "Đặng Văn Lượng", "Bùi Thị Hồng Nhung", "Đỗ Mạnh Cường", "Ngô Thị Phương Thảo", "Dương Văn Khải"),
        ["siteVisits"] = new JsonArray([.. siteVisits.Select(s => JsonValue.Create(s))]),
    };
}

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// Lồng ghép through the API: overlap warnings across two plans of two issuers and two unit levels, and the
/// ETag-guarded merge of two visits of a Draft plan. Units carry a per-test prefix, so other tests' plans never overlap.
/// </summary>
[TestClass]
public sealed class PlanOverlapsApiTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task A_district_plan_inspecting_a_commune_the_province_visits_on_site_warns_with_the_province_plans_number()
    {
        var host = await TestHost.SharedAsync(Ct);
        var tree = await TestPlans.ImportTreeAsync(host, Ct);
        var provincePlan = TestPlans.Plan(tree);
        provincePlan["inspections"] = new JsonArray(Visit(tree.District, "Inspection", "2027-06-15", tree.Commune));
        var (provinceId, provinceOverlaps) = await CreateAsync(host, provincePlan);

        var districtPlan = TestPlans.Plan(tree);
        districtPlan["number"] = "7/KH-MTTQ";
        districtPlan["issuerUnitId"] = tree.District;
        districtPlan["inspections"] = new JsonArray(Visit(tree.Commune, "Inspection", "2027-07-20"));
        var (districtId, districtOverlaps) = await CreateAsync(host, districtPlan);

        Assert.IsEmpty(provinceOverlaps, "nothing else was planned for these units then");
        var warning = districtOverlaps.Single();
        Assert.AreEqual(provinceId + ".001", warning.GetProperty("otherInspectionId").GetString());
        Assert.AreEqual("12/KH-MTTQ-BTT", warning.GetProperty("otherPlanNumber").GetString());
        Assert.AreEqual(tree.Commune, warning.GetProperty("sharedUnitId").GetString());
        Assert.AreEqual("SiteVisit", warning.GetProperty("reason").GetString());
        Assert.AreEqual(35, warning.GetProperty("daysApart").GetInt32());
        StringAssert.Contains(warning.GetProperty("message").GetString(), "Kế hoạch số 12/KH-MTTQ-BTT ngày 15/06/2027");
        var fromProvince = (await OverlapsAsync(host, provinceId)).Single();
        Assert.AreEqual(districtId + ".001", fromProvince.GetProperty("otherInspectionId").GetString(), "the earlier plan sees the later one");
        Assert.AreEqual("7/KH-MTTQ", fromProvince.GetProperty("otherPlanNumber").GetString());
    }

    [TestMethod]
    public async Task The_same_unit_in_two_plans_warns_only_within_the_window()
    {
        var host = await TestHost.SharedAsync(Ct);
        var tree = await TestPlans.ImportTreeAsync(host, Ct);
        var first = TestPlans.Plan(tree);
        first["inspections"] = new JsonArray(Visit(tree.District, "Inspection", "2027-03-15"));
        await CreateAsync(host, first);
        var near = TestPlans.Plan(tree);
        near["number"] = "13/KH-MTTQ-BTT";
        near["inspections"] = new JsonArray(Visit(tree.District, "Supervision", "2027-05-14"));
        var far = TestPlans.Plan(tree);
        far["number"] = "14/KH-MTTQ-BTT";
        far["inspections"] = new JsonArray(Visit(tree.District, "Supervision", "2027-05-17"));

        var (_, nearOverlaps) = await CreateAsync(host, near);
        var (farId, _) = await CreateAsync(host, far);

        Assert.AreEqual(("12/KH-MTTQ-BTT", "SameUnit", 60), Describe(nearOverlaps.Single(o => o.GetProperty("otherPlanNumber").GetString() == "12/KH-MTTQ-BTT")));
        var farOverlaps = await OverlapsAsync(host, farId);
        CollectionAssert.AreEqual(new[] { "13/KH-MTTQ-BTT" }, farOverlaps.Select(o => o.GetProperty("otherPlanNumber").GetString()).ToArray(), "63 days from the first plan's visit is outside the 60-day window");
    }

    [TestMethod]
    public async Task Merging_the_commune_visit_into_the_district_visit_keeps_one_visit_under_a_new_etag()
    {
        var host = await TestHost.SharedAsync(Ct);
        var tree = await TestPlans.ImportTreeAsync(host, Ct);
        string id = await TestPlans.CreatePlanAsync(host, tree, Ct);
        using var read = await host.Client.SendAsync(ApiRequests.Get($"api/plans/{id}", "planner"), Ct);
        string etag = ETagOf(read);

        using var merged = await host.Client.SendAsync(Merge(id, etag), Ct);

        Assert.AreEqual(HttpStatusCode.OK, merged.StatusCode, await merged.Content.ReadAsStringAsync(Ct));
        Assert.AreNotEqual(etag, ETagOf(merged));
        var inspections = (await merged.ReadJsonAsync(Ct)).GetProperty("inspections");
        Assert.AreEqual(id + ".001", inspections[1].GetProperty("mergedInto").GetString());
        Assert.AreEqual(tree.Commune, inspections[0].GetProperty("siteVisits")[0].GetString(), "the commune becomes a site visit");
        Assert.IsEmpty(await OverlapsAsync(host, id), "a merged visit no longer overlaps");
        using var again = await host.Client.SendAsync(Merge(id, etag), Ct);
        Assert.AreEqual("plan.concurrentUpdate", (await again.ReadProblemAsync(409, Ct)).GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task A_merge_without_if_match_is_428_and_one_of_a_commune_into_a_neighbour_is_422()
    {
        var host = await TestHost.SharedAsync(Ct);
        var tree = await TestPlans.ImportTreeAsync(host, Ct);
        string id = await TestPlans.CreatePlanAsync(host, tree, Ct);
        using var read = await host.Client.SendAsync(ApiRequests.Get($"api/plans/{id}", "planner"), Ct);

        using var unguarded = await host.Client.SendAsync(Merge(id, null), Ct);
        using var upward = await host.Client.SendAsync(Merge(id, ETagOf(read), into: ".002", merged: ".001"), Ct);
        using var asInspector = await host.Client.SendAsync(Merge(id, ETagOf(read), user: "inspector"), Ct);

        Assert.AreEqual("plan.ifMatch.required", (await unguarded.ReadProblemAsync(428, Ct)).GetProperty("code").GetString());
        Assert.AreEqual("plan.merge.unitsUnrelated", (await upward.ReadProblemAsync(422, Ct)).GetProperty("code").GetString());
        Assert.AreEqual(HttpStatusCode.Forbidden, asInspector.StatusCode);
    }

    /// <summary>The header as sent: a table ETag (<c>W/"datetime'…'"</c>) is passed back verbatim as If-Match.</summary>
    private static string ETagOf(HttpResponseMessage response) => response.Headers.NonValidated["ETag"].ToString();

    private static (string?, string?, int) Describe(JsonElement overlap) =>
        (overlap.GetProperty("otherPlanNumber").GetString(), overlap.GetProperty("reason").GetString(), overlap.GetProperty("daysApart").GetInt32());

    private static HttpRequestMessage Merge(string id, string? etag, string into = ".001", string merged = ".002", string user = "planner")
    {
        var request = ApiRequests.PostJson($"api/plans/{id}/merge", new { into = id + into, merged = id + merged }, user);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return request;
    }

    private async Task<(string Id, JsonElement[] Overlaps)> CreateAsync(TestHost host, JsonObject plan)
    {
        using var created = await host.Client.SendAsync(ApiRequests.PostJson("api/plans", plan, "planner"), Ct);
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync(Ct));
        var body = await created.ReadJsonAsync(Ct);
        return (body.GetProperty("id").GetString()!, [.. body.GetProperty("overlaps").EnumerateArray()]);
    }

    private async Task<JsonElement[]> OverlapsAsync(TestHost host, string id)
    {
        using var response = await host.Client.SendAsync(ApiRequests.Get($"api/plans/{id}/overlaps", "inspector"), Ct);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
        var body = await response.ReadJsonAsync(Ct);
        Assert.AreEqual(60, body.GetProperty("windowDays").GetInt32());
        return [.. body.GetProperty("overlaps").EnumerateArray()];
    }

    private static JsonObject Visit(string unitId, string kind, string visitDate, params string[] siteVisits) => new()
    {
        ["unitId"] = unitId,
        ["kind"] = kind,
        ["visitDate"] = visitDate,
        ["coveredPeriod"] = new JsonObject { ["from"] = "2026-01-01", ["to"] = "2026-12-31" },
        ["teamLead"] = "Nguyễn Thị Lan",
        ["members"] = new JsonArray("Trần Văn Hùng"),
        ["siteVisits"] = new JsonArray([.. siteVisits.Select(s => (JsonNode)s)]),
    };
}

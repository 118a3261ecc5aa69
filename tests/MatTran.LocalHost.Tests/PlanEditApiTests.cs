using System.Net;
using System.Text.Json.Nodes;

namespace MatTran.LocalHost.Tests;

/// <summary><c>PUT /api/plans/{id}</c>: a Draft edited whole under If-Match, validated as on creation, with its overlap warnings.</summary>
[TestClass]
public sealed class PlanEditApiTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task An_edit_replaces_the_visits_and_title_answers_a_new_etag_and_warns_of_overlaps()
    {
        var host = await TestHost.SharedAsync(Ct);
        var tree = await TestPlans.ImportTreeAsync(host, Ct);
        string other = await TestPlans.CreatePlanAsync(host, tree, Ct);
        var body = TestPlans.Plan(tree);
        body["number"] = "20/KH-MTTQ-BTT";
        body["inspections"]!.AsArray().RemoveAt(1);
        string id = await CreateAsync(host, body);
        string etag = await ETagAsync(host, id);

        body["title"] = "Kế hoạch kiểm tra, giám sát năm 2027 (sửa đổi)";
        body["inspections"]![0]!["visitDate"] = "2027-07-01";
        using var edited = await host.Client.SendAsync(Put(id, body, etag), Ct);

        Assert.AreEqual(HttpStatusCode.OK, edited.StatusCode, await edited.Content.ReadAsStringAsync(Ct));
        Assert.AreNotEqual(etag, edited.Headers.NonValidated["ETag"].ToString());
        var warning = (await edited.ReadJsonAsync(Ct)).GetProperty("overlaps").EnumerateArray().Single();
        Assert.AreEqual((other + ".001", 16), (warning.GetProperty("otherInspectionId").GetString(), warning.GetProperty("daysApart").GetInt32()));
        using var read = await host.Client.SendAsync(ApiRequests.Get($"api/plans/{id}", "inspector"), Ct);
        var plan = await read.ReadJsonAsync(Ct);
        Assert.AreEqual("Kế hoạch kiểm tra, giám sát năm 2027 (sửa đổi)", plan.GetProperty("title").GetString());
        Assert.AreEqual("2027-07-01", plan.GetProperty("inspections").EnumerateArray().Single().GetProperty("visitDate").GetString());
    }

    [TestMethod]
    public async Task Dropping_a_visit_deletes_its_row_and_a_stale_etag_is_409()
    {
        var host = await TestHost.SharedAsync(Ct);
        var tree = await TestPlans.ImportTreeAsync(host, Ct);
        string id = await TestPlans.CreatePlanAsync(host, tree, Ct);
        string etag = await ETagAsync(host, id);
        var body = TestPlans.Plan(tree);
        body["inspections"]!.AsArray().RemoveAt(1);

        using var edited = await host.Client.SendAsync(Put(id, body, etag), Ct);
        using var stale = await host.Client.SendAsync(Put(id, TestPlans.Plan(tree), etag), Ct);

        Assert.AreEqual(HttpStatusCode.OK, edited.StatusCode, await edited.Content.ReadAsStringAsync(Ct));
        Assert.AreEqual("plan.concurrentUpdate", (await stale.ReadProblemAsync(409, Ct)).GetProperty("code").GetString());
        using var read = await host.Client.SendAsync(ApiRequests.Get($"api/plans/{id}", "inspector"), Ct);
        Assert.AreEqual(1, (await read.ReadJsonAsync(Ct)).GetProperty("inspections").GetArrayLength());
    }

    [TestMethod]
    [DataRow("number", "plan.edit.identityChanged", 422)]
    [DataRow("unit", "plan.unit.unknown", 422)]
    [DataRow("approved", "plan.status.conflict", 409)]
    [DataRow("noIfMatch", "plan.ifMatch.required", 428)]
    public async Task A_refused_edit_changes_nothing(string breakage, string code, int status)
    {
        var host = await TestHost.SharedAsync(Ct);
        var tree = await TestPlans.ImportTreeAsync(host, Ct);
        string id = await TestPlans.CreatePlanAsync(host, tree, Ct);
        var body = TestPlans.Plan(tree);
        body["title"] = "Tiêu đề mới";
        switch (breakage)
        {
            case "number": body["number"] = "99/KH-MTTQ-BTT"; break;
            case "unit": body["inspections"]![0]!["unitId"] = tree.Prefix + "-khong-co"; break;
            case "approved":
                using (var approved = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{id}/approve", null, "supervisor"), Ct))
                {
                    Assert.AreEqual(HttpStatusCode.OK, approved.StatusCode);
                }

                break;
        }

        using var response = await host.Client.SendAsync(Put(id, body, breakage == "noIfMatch" ? null : await ETagAsync(host, id)), Ct);

        var problem = await response.ReadProblemAsync(status, Ct);
        CollectionAssert.Contains(Codes(problem), code, problem.ToString());
        using var read = await host.Client.SendAsync(ApiRequests.Get($"api/plans/{id}", "inspector"), Ct);
        Assert.AreEqual("Kế hoạch kiểm tra, giám sát năm 2027", (await read.ReadJsonAsync(Ct)).GetProperty("title").GetString());
    }

    [TestMethod]
    [DataRow(120, 2, DisplayName = "a draft of 120 visits trimmed to 2")]
    [DataRow(2, 100, DisplayName = "a draft of 2 visits grown to 100")]
    public async Task An_edit_past_one_transaction_is_422_plan_edit_too_large_and_stores_nothing(int before, int after)
    {
        var host = await TestHost.SharedAsync(Ct);
        var tree = new UnitTree();
        var csv = new System.Text.StringBuilder(tree.Csv);
        for (int i = 0; i < Math.Max(before, after); i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{tree.Prefix}-xa-{i:D3},Ủy ban MTTQ xã số {i},Commune,{tree.District},\r\n");
        }

        using (var imported = await host.Client.SendAsync(ApiRequests.PostCsv("api/units/import", csv.ToString(), "admin"), Ct))
        {
            Assert.AreEqual(HttpStatusCode.OK, imported.StatusCode, await imported.Content.ReadAsStringAsync(Ct));
        }

        string id = await CreateAsync(host, Visits(tree, before, "Kế hoạch kiểm tra năm 2027"));
        string etag = await ETagAsync(host, id);

        using var response = await host.Client.SendAsync(Put(id, Visits(tree, after, "Kế hoạch kiểm tra năm 2027 (sửa đổi)"), etag), Ct);

        var problem = await response.ReadProblemAsync(422, Ct);
        Assert.AreEqual("plan.edit.tooLarge", problem.GetProperty("code").GetString());
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "tối đa 99 cuộc");
        using var read = await host.Client.SendAsync(ApiRequests.Get($"api/plans/{id}", "inspector"), Ct);
        var plan = await read.ReadJsonAsync(Ct);
        Assert.AreEqual(etag, read.Headers.NonValidated["ETag"].ToString(), "the plan row was not rewritten");
        Assert.AreEqual("Kế hoạch kiểm tra năm 2027", plan.GetProperty("title").GetString());
        Assert.AreEqual(before, plan.GetProperty("inspections").GetArrayLength());
    }

    /// <summary>A plan body visiting the first <paramref name="count"/> communes of the tree, a working day each in September.</summary>
    private static JsonObject Visits(UnitTree tree, int count, string title)
    {
        var body = TestPlans.Plan(tree);
        body["title"] = title;
        body["inspections"] = new JsonArray([.. Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject
        {
            ["unitId"] = $"{tree.Prefix}-xa-{i:D3}",
            ["kind"] = "Inspection",
            ["visitDate"] = "2027-09-15",
            ["coveredPeriod"] = new JsonObject { ["from"] = "2026-01-01", ["to"] = "2026-12-31" },
            ["teamLead"] = "Nguyễn Thị Lan",
            ["members"] = new JsonArray(),
            ["siteVisits"] = new JsonArray(),
        })]);
        return body;
    }

    /// <summary>The problem's own code and, for a validation problem, every field's codes.</summary>
    private static string?[] Codes(System.Text.Json.JsonElement problem) =>
    [
        problem.TryGetProperty("code", out var code) ? code.GetString() : null,
        .. problem.TryGetProperty("codes", out var codes) ? codes.EnumerateObject().SelectMany(p => p.Value.EnumerateArray()).Select(c => c.GetString()) : [],
    ];

    private static HttpRequestMessage Put(string id, JsonObject body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"api/plans/{id}", UriKind.Relative)) { Content = System.Net.Http.Json.JsonContent.Create(body) }.As("planner");
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return request;
    }

    private async Task<string> CreateAsync(TestHost host, JsonObject body)
    {
        using var created = await host.Client.SendAsync(ApiRequests.PostJson("api/plans", body, "planner"), Ct);
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync(Ct));
        return (await created.ReadJsonAsync(Ct)).GetProperty("id").GetString()!;
    }

    private async Task<string> ETagAsync(TestHost host, string id)
    {
        using var read = await host.Client.SendAsync(ApiRequests.Get($"api/plans/{id}", "planner"), Ct);
        return read.Headers.NonValidated["ETag"].ToString();
    }
}

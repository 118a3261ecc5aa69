using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MatTran.Api.Plans;
using MatTran.Inspections.ReadModel.Plans;

namespace MatTran.LocalHost.Tests;

[TestClass]
public sealed class PlansApiTests
{
    private const string Number = "325/KH-MTTQ-BTT";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Created_plan_is_201_with_location_and_lists_its_inspections_scheduled()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = await ImportTreeAsync(host);

        using var created = await host.Client.SendAsync(ApiRequests.PostJson("api/plans", Plan(tree), "planner"), TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync(TestContext.CancellationToken));
        string id = (await created.ReadJsonAsync(TestContext.CancellationToken)).GetProperty("id").GetString()!;
        Assert.AreEqual($"/api/plans/{id}", created.Headers.Location?.OriginalString);

        using var fetched = await host.Client.SendAsync(ApiRequests.Get($"api/plans/{id}", "inspector"), TestContext.CancellationToken);
        var plan = await fetched.ReadJsonAsync(TestContext.CancellationToken);
        Assert.AreEqual(Number, plan.GetProperty("number").GetString());
        Assert.AreEqual("Draft", plan.GetProperty("status").GetString());
        Assert.AreEqual("Kế hoạch kiểm tra, giám sát năm 2025", plan.GetProperty("title").GetString());
        var inspections = plan.GetProperty("inspections").EnumerateArray().ToList();
        Assert.HasCount(2, inspections);
        CollectionAssert.AreEqual(new[] { tree.District, tree.Commune }, inspections.Select(i => i.GetProperty("unitId").GetString()).ToArray());
        Assert.IsTrue(inspections.All(i => i.GetProperty("stage").GetString() == "Scheduled"));
        Assert.AreEqual(2, inspections.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
        Assert.AreEqual("Supervision", inspections[1].GetProperty("kind").GetString());
        Assert.AreEqual("2025-06-19", inspections[0].GetProperty("visitDate").GetString());
        Assert.AreEqual("2024-01-01", inspections[0].GetProperty("coveredPeriod").GetProperty("from").GetString());
        Assert.AreEqual("Nguyễn Thị Lan", inspections[0].GetProperty("teamLead").GetString());
        Assert.AreEqual(tree.Commune, inspections[0].GetProperty("siteVisits")[0].GetString());
    }

    [TestMethod]
    [DataRow("unknownUnit", "inspections[0].unitId", "plan.unit.unknown")]
    [DataRow("visitOutsideYear", "inspections[0].visitDate", "plan.visitDate.outsideYear")]
    [DataRow("periodReversed", "inspections[0].coveredPeriod", "plan.coveredPeriod.reversed")]
    [DataRow("badNumber", "number", "plan.number.invalid")]
    [DataRow("missingKind", "inspections[1].kind", "plan.kind.invalid")]
    public async Task Invalid_plan_is_422_with_its_code_and_stores_nothing(string breakage, string field, string code)
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = await ImportTreeAsync(host);
        var plan = Plan(tree);
        var first = plan["inspections"]![0]!;
        switch (breakage)
        {
            case "unknownUnit": first["unitId"] = tree.Prefix + "-khong-co"; break;
            case "visitOutsideYear": first["visitDate"] = "2026-01-05"; break;
            case "periodReversed": first["coveredPeriod"] = new JsonObject { ["from"] = "2024-12-31", ["to"] = "2024-01-01" }; break;
            case "badNumber": plan["number"] = "325-KH"; break;
            case "missingKind": plan["inspections"]![1]!.AsObject().Remove("kind"); break;
        }

        using var response = await host.Client.SendAsync(ApiRequests.PostJson("api/plans", plan, "planner"), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(422, TestContext.CancellationToken);
        CollectionAssert.Contains(problem.CodesFor(field), code);
        Assert.IsNotEmpty(problem.GetProperty("errors").GetProperty(field).EnumerateArray().ToList());
        Assert.IsEmpty(await PlansOfAsync(host, tree));
    }

    [TestMethod]
    [DataRow("teamLead", "inspections[0].teamLead")]
    [DataRow("title", "title")]
    [DataRow("member", "inspections[1].members[0]")]
    [DataRow("topic", "topics[0]")]
    public async Task Plan_with_a_control_character_in_a_text_is_422_naming_the_field_and_stores_nothing(string where, string field)
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = await ImportTreeAsync(host);
        var plan = Plan(tree);
        switch (where)
        {
            case "teamLead": plan["inspections"]![0]!["teamLead"] = "A\u0000B"; break;
            case "title": plan["title"] = "Kế hoạch\u0007 năm 2025"; break;
            case "member": plan["inspections"]![1]!["members"] = new JsonArray("Trần Văn\u001BHùng"); break;
            case "topic": plan["topics"] = new JsonArray("Thực hiện Điều lệ\u0085"); break;
        }

        using var response = await host.Client.SendAsync(ApiRequests.PostJson("api/plans", plan, "planner"), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(422, TestContext.CancellationToken);
        CollectionAssert.AreEqual(new[] { "text.controlCharacter" }, problem.CodesFor(field), problem.ToString());
        Assert.IsEmpty(await PlansOfAsync(host, tree));
    }

    [TestMethod]
    public async Task Plan_with_a_200_KB_title_is_422_too_long_and_stores_nothing()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = await ImportTreeAsync(host);
        var plan = Plan(tree);
        plan["title"] = new string('K', 200 * 1024);

        using var response = await host.Client.SendAsync(ApiRequests.PostJson("api/plans", plan, "planner"), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(422, TestContext.CancellationToken);
        CollectionAssert.AreEqual(new[] { "text.tooLong" }, problem.CodesFor("title"));
        Assert.IsEmpty(await PlansOfAsync(host, tree));
    }

    [TestMethod]
    public async Task Plan_with_more_team_members_than_allowed_is_422_and_stores_nothing()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = await ImportTreeAsync(host);
        var plan = Plan(tree);
        plan["inspections"]![0]!["members"] = new JsonArray([.. Enumerable.Range(1, 31).Select(i => (JsonNode)JsonValue.Create($"Thành viên {i}"))]);

        using var response = await host.Client.SendAsync(ApiRequests.PostJson("api/plans", plan, "planner"), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(422, TestContext.CancellationToken);
        CollectionAssert.AreEqual(new[] { "list.tooMany" }, problem.CodesFor("inspections[0].members"));
        Assert.IsEmpty(await PlansOfAsync(host, tree));
    }

    [TestMethod]
    public async Task Plan_with_a_number_for_an_enum_is_400_and_stores_nothing()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = await ImportTreeAsync(host);
        var plan = Plan(tree);
        plan["inspections"]![0]!["kind"] = 1;

        using var response = await host.Client.SendAsync(ApiRequests.PostJson("api/plans", plan, "planner"), TestContext.CancellationToken);

        await response.ReadProblemAsync(400, TestContext.CancellationToken);
        Assert.IsEmpty(await PlansOfAsync(host, tree));
    }

    [TestMethod]
    public async Task Plan_with_more_inspections_than_a_plan_holds_is_422_and_stores_nothing()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = await ImportTreeAsync(host);
        var plan = Plan(tree);
        var inspections = new JsonArray();
        for (int i = 0; i < PlanStore.MaxInspections + 1; i++)
        {
            inspections.Add(Inspection(tree.District, i % 2 == 0 ? "Inspection" : "Supervision", "2025-06-19"));
        }

        plan["inspections"] = inspections;

        using var response = await host.Client.SendAsync(ApiRequests.PostJson("api/plans", plan, "planner"), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(422, TestContext.CancellationToken);
        CollectionAssert.Contains(problem.CodesFor("inspections"), "plan.inspections.tooMany");
        Assert.IsEmpty(await PlansOfAsync(host, tree));
    }

    [TestMethod]
    public async Task Second_plan_with_the_same_number_for_the_issuer_and_year_is_409_and_stores_nothing()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = await ImportTreeAsync(host);
        using var first = await host.Client.SendAsync(ApiRequests.PostJson("api/plans", Plan(tree), "planner"), TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.Created, first.StatusCode);

        using var second = await host.Client.SendAsync(ApiRequests.PostJson("api/plans", Plan(tree), "planner"), TestContext.CancellationToken);

        var problem = await second.ReadProblemAsync(409, TestContext.CancellationToken);
        Assert.AreEqual("plan.number.taken", problem.GetProperty("code").GetString());
        Assert.HasCount(1, await PlansOfAsync(host, tree));
    }

    [TestMethod]
    public async Task Approval_by_a_planner_is_403_and_leaves_the_plan_a_draft()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        string id = await CreatePlanAsync(host, await ImportTreeAsync(host));

        using var response = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{id}/approve", null, "planner"), TestContext.CancellationToken);

        await response.ReadProblemAsync(403, TestContext.CancellationToken);
        Assert.AreEqual("Draft", (await GetPlanAsync(host, id)).GetProperty("status").GetString());
    }

    [TestMethod]
    public async Task Approval_by_the_supervisor_is_200_Approved_and_idempotent()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        string id = await CreatePlanAsync(host, await ImportTreeAsync(host));

        using var approved = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{id}/approve", null, "supervisor"), TestContext.CancellationToken);
        using var again = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{id}/approve", null, "admin"), TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, approved.StatusCode, await approved.Content.ReadAsStringAsync(TestContext.CancellationToken));
        var body = await approved.ReadJsonAsync(TestContext.CancellationToken);
        Assert.AreEqual("Approved", body.GetProperty("status").GetString());
        Assert.AreEqual("supervisor", body.GetProperty("approvedBy").GetString());
        Assert.AreEqual(HttpStatusCode.OK, again.StatusCode);
        Assert.AreEqual("supervisor", (await again.ReadJsonAsync(TestContext.CancellationToken)).GetProperty("approvedBy").GetString());
    }

    [TestMethod]
    public async Task Approval_with_the_ETag_of_the_version_read_is_200()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        string id = await CreatePlanAsync(host, await ImportTreeAsync(host));
        using var read = await host.Client.SendAsync(ApiRequests.Get($"api/plans/{id}", "supervisor"), TestContext.CancellationToken);
        var etag = read.Headers.ETag;
        Assert.IsNotNull(etag);

        using var approve = ApiRequests.PostJson($"api/plans/{id}/approve", null, "supervisor");
        approve.Headers.IfMatch.Add(etag);
        using var response = await host.Client.SendAsync(approve, TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
        Assert.AreEqual("Approved", (await GetPlanAsync(host, id)).GetProperty("status").GetString());
    }

    [TestMethod]
    public async Task Approval_with_a_stale_ETag_is_409_and_changes_nothing()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        string id = await CreatePlanAsync(host, await ImportTreeAsync(host));

        using var approve = ApiRequests.PostJson($"api/plans/{id}/approve", null, "supervisor");
        approve.Headers.TryAddWithoutValidation("If-Match", "W/\"datetime'2020-01-01T00%3A00%3A00.0000000Z'\"");
        using var response = await host.Client.SendAsync(approve, TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(409, TestContext.CancellationToken);
        Assert.AreEqual("plan.concurrentUpdate", problem.GetProperty("code").GetString());
        Assert.AreEqual("Draft", (await GetPlanAsync(host, id)).GetProperty("status").GetString());
    }

    [TestMethod]
    public async Task Unknown_plan_is_404_problem_for_get_and_approve()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var get = await host.Client.SendAsync(ApiRequests.Get("api/plans/tinh.2025.0123456789ab", "planner"), TestContext.CancellationToken);
        using var malformedId = await host.Client.SendAsync(ApiRequests.Get("api/plans/not-a-plan-id", "planner"), TestContext.CancellationToken);
        using var approve = await host.Client.SendAsync(ApiRequests.PostJson("api/plans/tinh.2025.0123456789ab/approve", null, "supervisor"), TestContext.CancellationToken);

        Assert.AreEqual("plan.notFound", (await get.ReadProblemAsync(404, TestContext.CancellationToken)).GetProperty("code").GetString());
        await malformedId.ReadProblemAsync(404, TestContext.CancellationToken);
        await approve.ReadProblemAsync(404, TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task Malformed_json_is_400_problem()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.SendAsync(ApiRequests.PostRaw("api/plans", "{\"number\": ", "application/json", "planner"), TestContext.CancellationToken);

        await response.ReadProblemAsync(400, TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task Plan_in_another_content_type_is_415_problem()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = await ImportTreeAsync(host);

        using var response = await host.Client.SendAsync(
            ApiRequests.PostRaw("api/plans", Plan(tree).ToJsonString(), "text/plain", "planner"), TestContext.CancellationToken);

        await response.ReadProblemAsync(415, TestContext.CancellationToken);
        Assert.IsEmpty(await PlansOfAsync(host, tree));
    }

    [TestMethod]
    public async Task Plan_body_larger_than_the_limit_is_413_problem()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = await ImportTreeAsync(host);
        var plan = Plan(tree);
        plan["title"] = new string('x', (int)PlansApi.MaxPlanBytes + 1);

        using var response = await host.Client.SendAsync(ApiRequests.PostRaw("api/plans", plan.ToJsonString(), "application/json", "planner").ExpectingContinue(), TestContext.CancellationToken);

        await response.ReadProblemAsync(413, TestContext.CancellationToken);
        Assert.IsEmpty(await PlansOfAsync(host, tree));
    }

    [TestMethod]
    public async Task Plans_list_filters_by_year()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = await ImportTreeAsync(host);
        string id = await CreatePlanAsync(host, tree);

        using var in2025 = await host.Client.SendAsync(ApiRequests.Get("api/plans?year=2025", "inspector"), TestContext.CancellationToken);
        using var in2024 = await host.Client.SendAsync(ApiRequests.Get("api/plans?year=2024", "inspector"), TestContext.CancellationToken);

        var ids2025 = (await in2025.ReadJsonAsync(TestContext.CancellationToken)).EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        var ids2024 = (await in2024.ReadJsonAsync(TestContext.CancellationToken)).EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        CollectionAssert.Contains(ids2025, id);
        CollectionAssert.DoesNotContain(ids2024, id);
    }

    private static JsonObject Plan(UnitTree tree) => new()
    {
        ["number"] = Number,
        ["year"] = 2025,
        ["issuerUnitId"] = tree.Province,
        ["title"] = "Kế hoạch kiểm tra, giám sát năm 2025",
        ["topics"] = new JsonArray("Thực hiện Điều lệ MTTQ Việt Nam", "Quỹ Vì người nghèo"),
        ["inspections"] = new JsonArray(
            Inspection(tree.District, "Inspection", "2025-06-19", tree.Commune),
            Inspection(tree.Commune, "Supervision", "2025-09-10")),
    };

    private static JsonObject Inspection(string unitId, string kind, string visitDate, params string[] siteVisits) => new()
    {
        ["unitId"] = unitId,
        ["kind"] = kind,
        ["visitDate"] = visitDate,
        ["coveredPeriod"] = new JsonObject { ["from"] = "2024-01-01", ["to"] = "2024-12-31" },
        ["teamLead"] = "Nguyễn Thị Lan",
        ["members"] = new JsonArray("Trần Văn Hùng", "Hoàng Thị Mai"),
        ["siteVisits"] = new JsonArray([.. siteVisits.Select(s => JsonValue.Create(s))]),
    };

    private async Task<UnitTree> ImportTreeAsync(TestHost host)
    {
        var tree = new UnitTree();
        using var response = await host.Client.SendAsync(ApiRequests.PostCsv("api/units/import", tree.Csv, "admin"), TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        return tree;
    }

    private async Task<string> CreatePlanAsync(TestHost host, UnitTree tree)
    {
        using var created = await host.Client.SendAsync(ApiRequests.PostJson("api/plans", Plan(tree), "planner"), TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync(TestContext.CancellationToken));
        return (await created.ReadJsonAsync(TestContext.CancellationToken)).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> GetPlanAsync(TestHost host, string id)
    {
        using var response = await host.Client.SendAsync(ApiRequests.Get($"api/plans/{id}", "planner"), TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync(TestContext.CancellationToken);
    }

    /// <summary>The stored plans issued by this test's province (the list is shared by every test on this Azurite).</summary>
    private async Task<List<JsonElement>> PlansOfAsync(TestHost host, UnitTree tree)
    {
        using var response = await host.Client.SendAsync(ApiRequests.Get("api/plans", "planner"), TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.ReadJsonAsync(TestContext.CancellationToken)).EnumerateArray()
            .Where(p => p.GetProperty("issuerUnitId").GetString() == tree.Province)];
    }
}

using System.Net;
using System.Text.Json;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// <c>POST /api/inspections/{id}/conclusion</c> checks whom each recommendation is addressed to against the issuing
/// committee's directory and the unit tree before anything else about the inspection: an unknown department, unit or
/// owner is a 422 naming the field and nothing is stored; a known one passes on to the stage check.
/// </summary>
[TestClass]
public sealed class ConclusionAddressingApiTests
{
    private const string Due = "2027-12-15";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task Unknown_addressees_are_422_on_their_fields_and_nothing_is_stored_while_known_ones_pass_the_rules()
    {
        var host = await TestHost.SharedAsync(Ct);
        var plan = await LaunchedPlan.StartAsync(host, Ct);
        string id = plan.DistrictInspection;
        using (var department = await host.Client.SendAsync(Put($"api/committees/{plan.Tree.Province}/departments/ban-dan-chu-phap-luat", new { name = "Ban Dân chủ - Pháp luật" }), Ct))
        {
            Assert.AreEqual(HttpStatusCode.OK, department.StatusCode, await department.Content.ReadAsStringAsync(Ct));
        }

        var before = (await plan.InspectionAsync(id))!.Value;

        using var unknown = await host.Client.SendAsync(ApiRequests.PostJson($"api/inspections/{id}/conclusion", Conclusion(
            new { text = "Tham mưu quy chế giám sát", responsible = "Ban", dueDate = Due, departmentId = "ban-kinh-te" },
            new { text = "Kiện toàn Ban công tác Mặt trận", responsible = "Thường trực", dueDate = Due, unitId = plan.Tree.Prefix + "-xa-khong-co" },
            new { text = "Rà soát hồ sơ", responsible = "Ban Dân chủ - Pháp luật", dueDate = Due, ownerStaffId = "nguoi-la" }), "inspector"), Ct);

        var problem = await unknown.ReadProblemAsync(422, Ct);
        CollectionAssert.AreEqual(new[] { "conclusion.recommendation.department.unknown" }, problem.CodesFor("recommendations[0].departmentId"));
        CollectionAssert.AreEqual(new[] { "conclusion.recommendation.unit.unknown" }, problem.CodesFor("recommendations[1].unitId"));
        CollectionAssert.AreEqual(new[] { "conclusion.recommendation.owner.unknown" }, problem.CodesFor("recommendations[2].ownerStaffId"));
        var after = (await plan.InspectionAsync(id))!.Value;
        Assert.AreEqual(JsonValueKind.Null, after.GetProperty("conclusion").ValueKind, "no conclusion was stored");
        Assert.AreEqual(before.GetProperty("audit").GetArrayLength(), after.GetProperty("audit").GetArrayLength(), "nothing was audited");

        // The same recommendations addressed to the department the committee has and to a unit of the tree are valid:
        // the request goes on to the stage, which does not take a conclusion yet.
        using var known = await host.Client.SendAsync(ApiRequests.PostJson($"api/inspections/{id}/conclusion", Conclusion(
            new { text = "Tham mưu quy chế giám sát", responsible = "Ban", dueDate = Due, departmentId = "ban-dan-chu-phap-luat" },
            new { text = "Kiện toàn Ban công tác Mặt trận", responsible = "Thường trực", dueDate = Due, unitId = plan.Tree.Commune }), "inspector"), Ct);
        Assert.AreEqual("inspection.stage.conflict", (await known.ReadProblemAsync(409, Ct)).GetProperty("code").GetString());
    }

    private static object Conclusion(params object[] recommendations) =>
        new { text = "Đơn vị thực hiện khá các nội dung.", rating = "Kha", recommendations, followUp = false };

    private static HttpRequestMessage Put(string path, object body) =>
        new HttpRequestMessage(HttpMethod.Put, new Uri(path, UriKind.Relative)) { Content = System.Net.Http.Json.JsonContent.Create(body) }.As("admin");
}

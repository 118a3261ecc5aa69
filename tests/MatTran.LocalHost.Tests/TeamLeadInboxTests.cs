using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// <c>GET /api/inspections?teamLead=me</c>: the team lead's inbox, decided by the API from the sign-in and the plan
/// issuer's staff directory, never from anything else the request says.
/// </summary>
[TestClass]
public sealed class TeamLeadInboxTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Team_lead_filter_keeps_the_inspections_whose_team_line_names_the_signed_in_staff_member()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var plan = await LaunchedPlan.StartAsync(host, TestContext.CancellationToken);
        string[] both = [plan.DistrictInspection, plan.CommuneInspection];

        // The plan's team line "Nguyễn Thị Lan" names nobody of the issuer's directory yet: nobody's inbox has it.
        CollectionAssert.AreEquivalent(Array.Empty<string>(), await MineAsync(host, "inspector", plan.PlanId));

        await PutStaffAsync(host, plan.Tree.Province, "nguyen-thi-lan", new { name = "Nguyễn Thị Lan", position = "Trưởng Ban Dân chủ - Pháp luật", userName = "inspector" });

        CollectionAssert.AreEquivalent(both, await MineAsync(host, "inspector", plan.PlanId));
        CollectionAssert.AreEquivalent(Array.Empty<string>(), await MineAsync(host, "supervisor", plan.PlanId));
        CollectionAssert.AreEquivalent(Array.Empty<string>(), await MineAsync(host, "admin", plan.PlanId));
        // Without the filter every signed-in caller still lists everything.
        CollectionAssert.AreEquivalent(both, await ListAsync(host, "supervisor", $"api/inspections?planId={plan.PlanId}"));
    }

    [TestMethod]
    public async Task Team_lead_filter_matches_the_staff_members_email_as_sign_in_too()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var plan = await LaunchedPlan.StartAsync(host, TestContext.CancellationToken);

        // In Azure a sign-in is an email address (ApiRequests.ClientPrincipal signs in as lan@mattran.example.vn); the
        // directory may know the person by their mailbox only.
        await PutStaffAsync(host, plan.Tree.Province, "nguyen-thi-lan", new { name = "Nguyễn Thị Lan", position = "Phó Chủ tịch", email = "lan@mattran.example.vn" });
        using var request = ApiRequests.Get($"api/inspections?planId={plan.PlanId}&teamLead=me", null).AsPrincipal("Inspector");

        var ids = await ListAsync(host, request);

        CollectionAssert.AreEquivalent(new[] { plan.DistrictInspection, plan.CommuneInspection }, ids);
        CollectionAssert.AreEquivalent(Array.Empty<string>(), await MineAsync(host, "inspector", plan.PlanId));
    }

    [TestMethod]
    public async Task Team_lead_filter_other_than_me_is_400_with_its_code()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.SendAsync(ApiRequests.Get("api/inspections?teamLead=nguyen-thi-lan", "inspector"), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(400, TestContext.CancellationToken);
        Assert.AreEqual("inspection.teamLead.invalid", problem.GetProperty("code").GetString());
    }

    private async Task PutStaffAsync(TestHost host, string committee, string staffId, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"api/committees/{committee}/staff/{staffId}", UriKind.Relative))
        {
            Content = JsonContent.Create(body),
        };
        using var response = await host.Client.SendAsync(request.As("admin"), TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
    }

    private Task<string[]> MineAsync(TestHost host, string user, string planId) =>
        ListAsync(host, user, $"api/inspections?planId={planId}&teamLead=me");

    private async Task<string[]> ListAsync(TestHost host, string user, string path)
    {
        using var request = ApiRequests.Get(path, user);
        return await ListAsync(host, request);
    }

    private async Task<string[]> ListAsync(TestHost host, HttpRequestMessage request)
    {
        using var response = await host.Client.SendAsync(request, TestContext.CancellationToken);
        var list = await response.ReadJsonAsync(TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, list.ToString());
        return [.. list.EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }
}

using System.Net.Http.Json;
using MatTran.Inspections.Links;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

/// <summary>Who may call each inspection, remediation and document route, checked before any id is looked up.</summary>
[TestClass]
public sealed class InspectionRouteAccessTests
{
    private const string Inspection = "tinh.2027.0123456789ab.001";
    private const string Remediation = Inspection + ".r1";
    private const string Document = Inspection + ".notice.v1";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("GET", "api/inspections")]
    [DataRow("GET", "api/inspections/" + Inspection)]
    [DataRow("POST", "api/inspections/" + Inspection + "/reschedule")]
    [DataRow("POST", "api/inspections/" + Inspection + "/cancel")]
    [DataRow("POST", "api/inspections/" + Inspection + "/self-report")]
    [DataRow("POST", "api/inspections/" + Inspection + "/findings")]
    [DataRow("POST", "api/inspections/" + Inspection + "/feedback")]
    [DataRow("POST", "api/inspections/" + Inspection + "/conclusion")]
    [DataRow("POST", "api/inspections/" + Inspection + "/conclusion/approve")]
    [DataRow("POST", "api/inspections/" + Inspection + "/conclusion/return")]
    [DataRow("GET", "api/remediations/" + Remediation)]
    [DataRow("POST", "api/remediations/" + Remediation + "/report")]
    [DataRow("POST", "api/remediations/" + Remediation + "/accept")]
    [DataRow("POST", "api/remediations/" + Remediation + "/reject")]
    [DataRow("GET", "api/documents/" + Document)]
    [DataRow("POST", "api/plans/tinh.2027.0123456789ab/launch")]
    [DataRow("GET", "api/dev/mailbox")]
    public async Task Anonymous_caller_is_401_problem(string method, string path)
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.SendAsync(Request(method, path, user: null), TestContext.CancellationToken);

        await response.ReadProblemAsync(401, TestContext.CancellationToken);
    }

    [TestMethod]
    [DataRow("api/inspections/" + Inspection + "/reschedule", "inspector")]
    [DataRow("api/inspections/" + Inspection + "/cancel", "supervisor")]
    [DataRow("api/inspections/" + Inspection + "/findings", "planner")]
    [DataRow("api/inspections/" + Inspection + "/conclusion", "supervisor")]
    [DataRow("api/inspections/" + Inspection + "/conclusion/approve", "inspector")]
    [DataRow("api/inspections/" + Inspection + "/conclusion/approve", "planner")]
    [DataRow("api/inspections/" + Inspection + "/conclusion/return", "inspector")]
    [DataRow("api/remediations/" + Remediation + "/accept", "planner")]
    [DataRow("api/remediations/" + Remediation + "/reject", "supervisor")]
    [DataRow("api/plans/tinh.2027.0123456789ab/launch", "supervisor")]
    public async Task Staff_without_the_role_is_403_problem(string path, string user)
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.SendAsync(Request("POST", path, user), TestContext.CancellationToken);

        await response.ReadProblemAsync(403, TestContext.CancellationToken);
    }

    [TestMethod]
    [DataRow("api/inspections/" + Inspection + "/self-report")]
    [DataRow("api/inspections/" + Inspection + "/feedback")]
    [DataRow("api/remediations/" + Remediation + "/report")]
    public async Task Staff_without_a_unit_link_cannot_act_for_the_unit_403(string path)
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.SendAsync(Request("POST", path, "admin"), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(403, TestContext.CancellationToken);
        Assert.AreEqual("access.staffOnly", problem.GetProperty("code").GetString());
    }

    [TestMethod]
    [DataRow("GET", "api/inspections/" + Inspection, "inspection.notFound")]
    [DataRow("POST", "api/inspections/" + Inspection + "/reschedule", "inspection.notFound")]
    [DataRow("POST", "api/inspections/" + Inspection + "/cancel", "inspection.notFound")]
    [DataRow("POST", "api/inspections/" + Inspection + "/findings", "inspection.notFound")]
    [DataRow("POST", "api/inspections/" + Inspection + "/conclusion", "inspection.notFound")]
    [DataRow("POST", "api/inspections/" + Inspection + "/conclusion/approve", "inspection.notFound")]
    [DataRow("POST", "api/inspections/" + Inspection + "/conclusion/return", "inspection.notFound")]
    [DataRow("GET", "api/remediations/" + Remediation, "remediation.notFound")]
    [DataRow("POST", "api/remediations/" + Remediation + "/accept", "remediation.notFound")]
    [DataRow("POST", "api/remediations/" + Remediation + "/reject", "remediation.notFound")]
    [DataRow("GET", "api/documents/" + Document, "document.notFound")]
    [DataRow("GET", "api/documents/not-a-document-id", "document.notFound")]
    public async Task Unknown_id_is_404_problem_with_its_code(string method, string path, string code)
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.SendAsync(Request(method, path, "admin"), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(404, TestContext.CancellationToken);
        Assert.AreEqual(code, problem.GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task Genuine_unit_link_for_an_unknown_inspection_is_404()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        string token = host.Services.GetRequiredService<UnitLinkSigner>().Issue("tinh-huyen", Inspection, UnitLinkPurpose.SelfReportUpload);

        using var response = await host.Client.SendAsync(
            Request("POST", $"api/inspections/{Inspection}/self-report?t={token}", user: null), TestContext.CancellationToken);

        Assert.AreEqual("inspection.notFound", (await response.ReadProblemAsync(404, TestContext.CancellationToken)).GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task Expired_tampered_or_foreign_links_are_401_before_any_lookup()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var signer = host.Services.GetRequiredService<UnitLinkSigner>();
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        string expired = signer.Sign(new UnitLinkClaims("tinh-huyen", Inspection, now.AddMinutes(-1), UnitLinkPurpose.SelfReportUpload));
        string genuine = signer.Issue("tinh-huyen", Inspection, UnitLinkPurpose.SelfReportUpload);
        string tampered = genuine[..^2] + (genuine[^2] == 'A' ? "BB" : "AA");
        var otherKey = new UnitLinkSigner(
            Microsoft.Extensions.Options.Options.Create(new UnitLinkOptions { SigningKey = Convert.ToBase64String(new byte[32]) }), TimeProvider.System);
        string foreign = otherKey.Issue("tinh-huyen", Inspection, UnitLinkPurpose.SelfReportUpload);

        foreach (var (token, code) in new[] { (expired, "link.expired"), (tampered, "link.invalid"), (foreign, "link.invalid"), ("abc", "link.invalid") })
        {
            using var response = await host.Client.SendAsync(
                Request("GET", $"api/inspections/{Inspection}?t={Uri.EscapeDataString(token)}", user: null), TestContext.CancellationToken);
            var problem = await response.ReadProblemAsync(401, TestContext.CancellationToken);
            Assert.AreEqual(code, problem.GetProperty("code").GetString(), token);
        }
    }

    [TestMethod]
    [DataRow("POST", "api/inspections/" + Inspection + "/reschedule", "{\"visitDate\": \"15/06/2027\"")]
    [DataRow("POST", "api/inspections/" + Inspection + "/findings", "{\"findings\": [{\"type\": \"Khac\"}]}")]
    [DataRow("POST", "api/remediations/" + Remediation + "/reject", "{\"newDueDate\": 5}")]
    [DataRow("POST", "api/inspections/" + Inspection + "/findings", "{\"findings\": [{\"type\": 1}]}")]
    [DataRow("POST", "api/inspections/" + Inspection + "/conclusion", "{\"text\": \"Kết luận\", \"rating\": 1}")]
    [DataRow("GET", "api/inspections?stage=DangLam", null)]
    [DataRow("GET", "api/inspections?stage=1", null)]
    public async Task Unreadable_request_is_400_problem(string method, string path, string? json)
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var user = path.Contains("reschedule", StringComparison.Ordinal) ? "planner" : "inspector";

        using var response = await host.Client.SendAsync(
            method == "GET" ? ApiRequests.Get(path, user) : ApiRequests.PostRaw(path, json!, "application/json", user), TestContext.CancellationToken);

        await response.ReadProblemAsync(400, TestContext.CancellationToken);
    }

    private static HttpRequestMessage Request(string method, string path, string? user) =>
        method == "GET"
            ? ApiRequests.Get(path, user)
            : new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(new { }) }.As(user);
}

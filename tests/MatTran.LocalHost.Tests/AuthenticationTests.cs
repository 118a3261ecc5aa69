using System.Net;
using System.Text;
using System.Text.Json;

namespace MatTran.LocalHost.Tests;

[TestClass]
public sealed class AuthenticationTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Request_without_a_user_is_401_problem()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.SendAsync(ApiRequests.Get("api/units", user: null), TestContext.CancellationToken);

        await response.ReadProblemAsync(401, TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task Anything_not_marked_anonymous_needs_a_user()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var anonymous = await host.Client.SendAsync(ApiRequests.Get("api/no-such-route", user: null), TestContext.CancellationToken);
        using var health = await host.Client.SendAsync(ApiRequests.Get("api/health", user: null), TestContext.CancellationToken);

        await anonymous.ReadProblemAsync(401, TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, health.StatusCode);
    }

    [TestMethod]
    public async Task Unknown_demo_user_is_401_problem()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.SendAsync(ApiRequests.Get("api/units", "mallory"), TestContext.CancellationToken);

        await response.ReadProblemAsync(401, TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task Each_demo_user_is_signed_in_in_the_Test_environment()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        foreach (string user in new[] { "planner", "inspector", "supervisor", "admin" })
        {
            using var response = await host.Client.SendAsync(ApiRequests.Get("api/units", user), TestContext.CancellationToken);
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, user);
        }
    }

    [TestMethod]
    public async Task Production_ignores_the_development_user_header()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken, "Production");

        using var response = await host.Client.SendAsync(ApiRequests.Get("api/units", "admin"), TestContext.CancellationToken);

        await response.ReadProblemAsync(401, TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task Production_signs_in_the_App_Service_client_principal_with_its_roles()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken, "Production");
        var tree = new UnitTree();

        using var import = ApiRequests.PostCsv("api/units/import", tree.Csv, user: null);
        import.Headers.Add("X-MS-CLIENT-PRINCIPAL", ApiRequests.ClientPrincipal("Planner"));
        using var imported = await host.Client.SendAsync(import, TestContext.CancellationToken);
        using var approve = ApiRequests.PostJson("api/plans/x.2025.0123456789ab/approve", null, user: null);
        approve.Headers.Add("X-MS-CLIENT-PRINCIPAL", ApiRequests.ClientPrincipal("Planner"));
        using var forbidden = await host.Client.SendAsync(approve, TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, imported.StatusCode, await imported.Content.ReadAsStringAsync(TestContext.CancellationToken));
        await forbidden.ReadProblemAsync(403, TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task Production_signs_in_a_Static_Web_Apps_principal_by_its_user_roles()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken, "Production");

        using var supervisor = ApiRequests.Get("api/units", user: null);
        supervisor.Headers.Add("X-MS-CLIENT-PRINCIPAL", ApiRequests.StaticWebAppsPrincipal("Supervisor"));
        using var listed = await host.Client.SendAsync(supervisor, TestContext.CancellationToken);
        using var import = ApiRequests.PostCsv("api/units/import", new UnitTree().Csv, user: null);
        import.Headers.Add("X-MS-CLIENT-PRINCIPAL", ApiRequests.StaticWebAppsPrincipal("Supervisor"));
        using var refused = await host.Client.SendAsync(import, TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, listed.StatusCode);
        await refused.ReadProblemAsync(403, TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task Unreadable_client_principal_is_401_problem()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken, "Production");

        foreach (string header in new[] { "not base64!", Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"claims\": []}")) })
        {
            using var request = ApiRequests.Get("api/units", user: null);
            request.Headers.TryAddWithoutValidation("X-MS-CLIENT-PRINCIPAL", header);
            using var response = await host.Client.SendAsync(request, TestContext.CancellationToken);
            await response.ReadProblemAsync(401, TestContext.CancellationToken);
        }
    }

    [TestMethod]
    public async Task Inspector_may_not_import_units_403_problem()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = new UnitTree();

        using var response = await host.Client.SendAsync(ApiRequests.PostCsv("api/units/import", tree.Csv, "inspector"), TestContext.CancellationToken);

        await response.ReadProblemAsync(403, TestContext.CancellationToken);
    }
}

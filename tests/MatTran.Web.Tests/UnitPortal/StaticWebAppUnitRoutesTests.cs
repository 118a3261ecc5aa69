using System.Text.Json;
using MatTran.LocalHost.Hosting;

namespace MatTran.Web.Tests.UnitPortal;

/// <summary>
/// In Azure, Static Web Apps serves the unit page from <c>staticwebapp.config.json</c>'s routes, which no local test
/// can run: these read the file the app publishes and hold it to what the local host does.
/// </summary>
[TestClass]
public sealed class StaticWebAppUnitRoutesTests
{
    private static readonly JsonElement s_routes = JsonDocument.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "staticwebapp.config.json"))).RootElement.GetProperty("routes").Clone();

    [TestMethod]
    public void Unit_page_address_is_rewritten_to_the_page_file_for_anyone_with_the_local_hosts_headers()
    {
        var route = FirstMatch("/units/inspections/x.001");

        Assert.AreEqual("/units/inspections/*", route.GetProperty("route").GetString());
        Assert.AreEqual("/" + UnitPageHeaders.PageFile, route.GetProperty("rewrite").GetString());
        CollectionAssert.AreEqual(new[] { "anonymous" }, Roles(route));
        var headers = route.GetProperty("headers");
        Assert.AreEqual("no-store", headers.GetProperty("Cache-Control").GetString());
        Assert.AreEqual("no-referrer", headers.GetProperty("Referrer-Policy").GetString());
        Assert.AreEqual(UnitPageHeaders.ContentSecurityPolicy, headers.GetProperty("Content-Security-Policy").GetString());
    }

    [TestMethod]
    [DataRow("/units/unit-portal.js")]
    [DataRow("/units/unit-portal-texts.json")]
    public void Unit_page_files_are_anonymous_and_send_no_referrer(string path)
    {
        var route = FirstMatch(path);

        CollectionAssert.AreEqual(new[] { "anonymous" }, Roles(route));
        Assert.AreEqual("no-referrer", route.GetProperty("headers").GetProperty("Referrer-Policy").GetString());
    }

    [TestMethod]
    [DataRow("/api/links/renew")]
    [DataRow("/api/inspections/x.001/self-report")]
    [DataRow("/api/remediations/x.001.r1/report")]
    [DataRow("/api/documents/x.001.notice.v1")]
    public void Api_routes_the_unit_page_calls_reach_the_api_without_a_staff_sign_in(string path)
    {
        // The API decides with the link; Static Web Apps must not answer 401 (and redirect to sign-in) first.
        CollectionAssert.AreEqual(new[] { "anonymous" }, Roles(FirstMatch(path)));
    }

    /// <summary>Static Web Apps applies the first route whose pattern matches (a trailing <c>*</c> matches any rest).</summary>
    private static JsonElement FirstMatch(string path) =>
        s_routes.EnumerateArray().First(r =>
        {
            string pattern = r.GetProperty("route").GetString()!;
            return pattern.EndsWith('*') ? path.StartsWith(pattern[..^1], StringComparison.Ordinal) : path == pattern;
        });

    private static string[] Roles(JsonElement route) =>
        route.TryGetProperty("allowedRoles", out var roles) ? roles.EnumerateArray().Select(r => r.GetString()!).ToArray() : [];
}

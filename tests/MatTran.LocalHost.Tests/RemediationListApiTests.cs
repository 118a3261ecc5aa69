using System.Net;
using System.Text.Json;
using MatTran.Inspections.Links;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// <c>GET /api/remediations</c> at the edge: a filter value that cannot be an id — query syntax, OData words with
/// spaces, <c>$</c>, control characters, more than 64 characters — is a 400 problem naming the parameter, never a
/// list; a status must be a name; only signed-in staff list, never an inspected unit with its link.
/// </summary>
[TestClass]
public sealed class RemediationListApiTests
{
    /// <summary>
    /// Values no id can be, by a printable name: the test's name must not carry the control characters themselves
    /// (test results are XML, which cannot hold them). Values with characters no query value may hold are refused
    /// by the edge check every route shares (<c>query.invalid</c>); the rest by the list's own id rule.
    /// </summary>
    private static readonly Dictionary<string, (string Value, bool RefusedAtTheEdge)> ProbeValues = new(StringComparer.Ordinal)
    {
        ["quote or clause"] = ("x' or RowKey ne 'x", true),
        ["empty-string tautology"] = ("' or ''='", true),
        ["bare or"] = ("tinh or true", true),
        ["eq clause"] = ("DepartmentId eq 'van-phong'", true),
        ["$filter"] = ("$filter", true),
        ["dollar inside"] = ("a$b", true),
        ["percent-encoded NUL as text"] = ("xa-1%00", true),
        ["U+0001"] = ("xa-1\u0001", true),
        ["CR LF and a clause"] = ("xa-1\r\nStatus eq 'Open'", true),
        ["Vietnamese name"] = ("Ban Dân chủ", true),
        ["65 characters"] = (new string('a', 65), false),
        ["a dot"] = ("xa.1", false),
        ["an at sign"] = ("xa@1", false),
    };

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    public static IEnumerable<object[]> Probes =>
        from parameter in new[] { "issuerUnitId", "departmentId", "unitId" }
        from probe in ProbeValues.Keys
        select new object[] { parameter, probe };

    [TestMethod]
    [DynamicData(nameof(Probes))]
    public async Task A_filter_value_that_cannot_be_an_id_is_400_remediation_filter_invalid(string parameter, string probe)
    {
        var host = await TestHost.SharedAsync(Ct);

        (string value, bool refusedAtTheEdge) = ProbeValues[probe];
        using var response = await host.Client.SendAsync(ApiRequests.Get($"api/remediations?{parameter}={Uri.EscapeDataString(value)}", "planner"), Ct);

        var problem = await response.ReadProblemAsync(400, Ct);
        if (refusedAtTheEdge)
        {
            Assert.AreEqual("query.invalid", problem.GetProperty("code").GetString(), problem.ToString());
            return;
        }

        CollectionAssert.AreEqual(new[] { "remediation.filter.invalid" }, problem.CodesFor(parameter), problem.ToString());
        Assert.HasCount(1, problem.GetProperty("codes").EnumerateObject().ToList(), "only the bad parameter is named");
    }

    [TestMethod]
    [DataRow("1", "remediation.status.invalid")]
    [DataRow("open", "remediation.status.invalid")]
    [DataRow("Opened", "remediation.status.invalid")]
    [DataRow(" Open", "query.invalid")]
    [DataRow("Open,Reported", "query.invalid")]
    [DataRow("Open' or Status ne 'x", "query.invalid")]
    public async Task A_status_that_is_not_a_name_is_400(string status, string code)
    {
        var host = await TestHost.SharedAsync(Ct);

        using var response = await host.Client.SendAsync(ApiRequests.Get($"api/remediations?status={Uri.EscapeDataString(status)}", "inspector"), Ct);

        Assert.AreEqual(code, (await response.ReadProblemAsync(400, Ct)).GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task Ids_and_words_that_are_ids_are_read_as_values_and_match_nothing_stored()
    {
        var host = await TestHost.SharedAsync(Ct);
        var tree = new UnitTree();

        // "eq" and "or" are ids like any other: they are looked up, never taken as operators.
        foreach (string query in new[] { $"unitId={tree.Commune}", "departmentId=eq", $"issuerUnitId={tree.Province}&departmentId=or&status=Open", "unitId=&departmentId=" + tree.Prefix })
        {
            using var response = await host.Client.SendAsync(ApiRequests.Get("api/remediations?" + query, "supervisor"), Ct);
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, query);
            Assert.AreEqual(0, (await response.ReadJsonAsync(Ct)).GetArrayLength(), query);
        }
    }

    [TestMethod]
    [DataRow("planner")]
    [DataRow("inspector")]
    [DataRow("supervisor")]
    [DataRow("admin")]
    public async Task Every_staff_role_may_list(string user)
    {
        var host = await TestHost.SharedAsync(Ct);

        using var response = await host.Client.SendAsync(ApiRequests.Get($"api/remediations?issuerUnitId={new UnitTree().Province}", user), Ct);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual(JsonValueKind.Array, (await response.ReadJsonAsync(Ct)).ValueKind);
    }

    [TestMethod]
    [DataRow(UnitLinkPurpose.RemediationReport)]
    [DataRow(UnitLinkPurpose.ViewConclusion)]
    public async Task An_inspected_units_link_lists_nothing_not_even_its_own_items(UnitLinkPurpose purpose)
    {
        var host = await TestHost.SharedAsync(Ct);
        var tree = new UnitTree();
        string token = host.Services.GetRequiredService<UnitLinkSigner>().Issue(tree.District, $"{tree.Province}.2027.0123456789ab.001", purpose);

        using var anonymous = await host.Client.SendAsync(ApiRequests.Get($"api/remediations?unitId={tree.District}&t={Uri.EscapeDataString(token)}", null), Ct);
        using var noUser = await host.Client.SendAsync(ApiRequests.Get("api/remediations", null), Ct);

        await anonymous.ReadProblemAsync(401, Ct);
        await noUser.ReadProblemAsync(401, Ct);
    }
}

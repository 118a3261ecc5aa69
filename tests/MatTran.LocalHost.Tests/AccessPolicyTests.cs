using System.Net;
using System.Net.Http.Json;
using MatTran.Api.Routing;
using MatTran.Inspections.Links;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// Every route of <see cref="ApiRoutes.All"/> against every kind of caller — anonymous, each demo role, and unit links
/// (its own for each purpose, another unit's, expired, tampered) — answers what its <see cref="ApiAccess"/> says, from the
/// one policy point: refusals with the exact status and code, and allowed callers reach the handler (whatever it then
/// answers about these ids, never 401/403).
/// </summary>
[TestClass]
public sealed class AccessPolicyTests
{
    private static readonly string[] StaffUsers = ["planner", "inspector", "supervisor", "admin"];

    private static LaunchedPlan s_plan = null!;

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static async Task LaunchAsync(TestContext context)
    {
        var host = await TestHost.SharedAsync(context.CancellationToken);
        s_plan = await LaunchedPlan.StartAsync(host, context.CancellationToken);
    }

    public static IEnumerable<object[]> Routes => ApiRoutes.All.Select(r => new object[] { r.FunctionName });

    [TestMethod]
    [DynamicData(nameof(Routes))]
    public async Task Route_answers_each_caller_as_its_access_says(string functionName)
    {
        var route = ApiRoutes.All.Single(r => r.FunctionName == functionName);
        var signer = s_plan.Host.Services.GetRequiredService<UnitLinkSigner>();
        string inspection = s_plan.DistrictInspection;
        string own(UnitLinkPurpose purpose) => signer.Issue(s_plan.Tree.District, inspection, purpose);
        string genuine = own(UnitLinkPurpose.SelfReportUpload);
        var callers = new List<(string Name, string? User, string? Token, (int? Status, string? Code) Expected)>
        {
            ("anonymous", null, null, Expect(route.Access, staff: null, link: "none", purpose: null)),
        };
        foreach (string user in StaffUsers)
        {
            callers.Add((user, user, null, Expect(route.Access, user, "none", null)));
        }

        foreach (var purpose in Enum.GetValues<UnitLinkPurpose>())
        {
            callers.Add(($"own {purpose} link", null, own(purpose), Expect(route.Access, null, "own", purpose)));
        }

        callers.Add(("another unit's link", null, signer.Issue(s_plan.Tree.Commune, s_plan.CommuneInspection, UnitLinkPurpose.SelfReportUpload),
            Expect(route.Access, null, "other", UnitLinkPurpose.SelfReportUpload)));
        callers.Add(("expired link", null, signer.Sign(new UnitLinkClaims(s_plan.Tree.District, inspection, DateTimeOffset.UnixEpoch, UnitLinkPurpose.SelfReportUpload)),
            Expect(route.Access, null, "expired", UnitLinkPurpose.SelfReportUpload)));
        callers.Add(("tampered link", null, genuine[..^2] + (genuine[^2] == 'A' ? "BB" : "AA"),
            Expect(route.Access, null, "tampered", UnitLinkPurpose.SelfReportUpload)));

        foreach (var (name, user, token, (status, code)) in callers)
        {
            using var response = await s_plan.Host.Client.SendAsync(Request(route, inspection, user, token), TestContext.CancellationToken);
            string what = $"{route} as {name}";
            if (status is { } refused)
            {
                var problem = await response.ReadProblemAsync(refused, TestContext.CancellationToken);
                Assert.AreEqual(code, problem.TryGetProperty("code", out var c) ? c.GetString() : null, what);
            }
            else
            {
                Assert.IsFalse(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
                    $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.CancellationToken)}");
            }
        }
    }

    [TestMethod]
    public void Every_route_has_a_unique_function_name_and_method_and_template()
    {
        Assert.HasCount(ApiRoutes.All.Count, ApiRoutes.All.Select(r => r.FunctionName).Distinct());
        Assert.HasCount(ApiRoutes.All.Count, ApiRoutes.All.Select(r => (r.Method, r.Template)).Distinct());
        Assert.IsTrue(ApiRoutes.All.All(r => !r.Template.StartsWith('/')), "templates have no leading slash");
    }

    /// <summary>What the policy answers (null: let through) for one caller, from the route's access alone.</summary>
    private static (int? Status, string? Code) Expect(ApiAccess access, string? staff, string link, UnitLinkPurpose? purpose)
    {
        bool isStaff = staff is not null;
        switch (access.Kind)
        {
            case ApiAccessKind.Anonymous:
                return (null, null);
            case ApiAccessKind.SignedIn:
                return isStaff ? (null, null) : (401, null);
            case ApiAccessKind.Role:
                return !isStaff ? (401, null) : staff == "admin" || staff == access.Role!.ToLowerInvariant() ? (null, null) : (403, null);
        }

        if (isStaff)
        {
            return access.Kind == ApiAccessKind.StaffOrUnitLink ? (null, null) : (403, "access.staffOnly");
        }

        return link switch
        {
            "none" => (401, "link.required"),
            "expired" => (401, "link.expired"),
            "tampered" => (401, "link.invalid"),
            "other" => (403, "link.otherUnit"),
            _ => (null, null),
        };
    }

    /// <summary>The route with its ids filled in for the class's launched inspection, and a JSON body on a POST.</summary>
    private static HttpRequestMessage Request(ApiRoute route, string inspection, string? user, string? token)
    {
        string id = route.Access.Scope switch
        {
            ApiLinkScope.Remediation => inspection + ".r1",
            ApiLinkScope.Document => inspection + ".notice.v1",
            ApiLinkScope.Inspection => inspection,
            _ => route.Template.StartsWith("api/plans/", StringComparison.Ordinal) ? s_plan.PlanId : inspection,
        };
        string path = route.Template
            .Replace("{id}", id, StringComparison.Ordinal)
            .Replace("{inspectionId}", inspection, StringComparison.Ordinal)
            .Replace("{*name}", "2027/06/khong-co.eml", StringComparison.Ordinal);
        string query = token is null ? string.Empty : "?t=" + Uri.EscapeDataString(token);
        var request = new HttpRequestMessage(new HttpMethod(route.Method), new Uri(path + query, UriKind.Relative));
        if (route.Method == "POST")
        {
            request.Content = JsonContent.Create(new { });
        }

        return request.As(user);
    }
}

using System.Text;
using System.Text.Json;
using MatTran.Api.Routing;
using MatTran.Functions.Http;
using MatTran.Inspections.Links;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.Functions.Tests.Http;

/// <summary>
/// The worker middleware in front of every HTTP function: the access policy runs before the function, refusals and
/// failures are problem+json, route values reach the policy. None of these requests reaches storage.
/// </summary>
[TestClass]
public sealed class ApiRequestMiddlewareTests
{
    private static readonly IServiceProvider Production = FunctionsApp.Services("Production");

    [TestMethod]
    public void Runs_for_every_http_function_of_the_table_and_nothing_else()
    {
        foreach (var route in ApiRoutes.All)
        {
            Assert.IsTrue(ApiRequestMiddleware.AppliesTo(Invocation(route.FunctionName, Request("GET", "/"))), route.FunctionName);
        }

        Assert.IsFalse(ApiRequestMiddleware.AppliesTo(Invocation("IssueNotice", Request("GET", "/"))));
        Assert.IsFalse(ApiRequestMiddleware.AppliesTo(Invocation("PurgeOrchestrationHistory", Request("GET", "/"))));
    }

    [TestMethod]
    public async Task Anonymous_caller_of_a_planner_route_gets_401_problem_and_the_function_never_runs()
    {
        var context = Invocation("Plans_Create", Request("POST", "/api/plans"));

        bool ran = await RunAsync(context);

        Assert.IsFalse(ran);
        AssertProblem(context, StatusCodes.Status401Unauthorized);
    }

    [TestMethod]
    public async Task Planner_reaches_the_function_as_the_caller()
    {
        var http = Request("POST", "/api/plans", r => r.Headers[ClientPrincipalHeader] = Principal("lan@mattran.test", "Planner"));
        var context = Invocation("Plans_Create", http);

        bool ran = await RunAsync(context);

        Assert.IsTrue(ran);
        Assert.AreEqual("lan@mattran.test", http.Features.Get<ApiCaller>()?.Actor);
    }

    [TestMethod]
    public async Task A_document_download_reaches_its_function_with_nosniff_already_on_the_answer()
    {
        var http = Request("GET", "/api/documents/i-1.notice.v1", r => r.Headers[ClientPrincipalHeader] = Principal("minh@mattran.test", "Inspector"));
        var context = Invocation("Documents_Download", http, new Dictionary<string, object?> { ["id"] = "i-1.notice.v1" });

        bool ran = await RunAsync(context);

        Assert.IsTrue(ran);
        Assert.AreEqual("nosniff", http.Response.Headers.XContentTypeOptions.ToString());
    }

    [TestMethod]
    public async Task Inspector_calling_a_planner_route_gets_403()
    {
        var context = Invocation("Plans_Create",
            Request("POST", "/api/plans", r => r.Headers[ClientPrincipalHeader] = Principal("minh@mattran.test", "Inspector")));

        bool ran = await RunAsync(context);

        Assert.IsFalse(ran);
        AssertProblem(context, StatusCodes.Status403Forbidden);
    }

    [TestMethod]
    public async Task Development_mailbox_is_404_in_production_even_for_staff()
    {
        var context = Invocation("DevMailbox_List",
            Request("GET", "/api/dev/mailbox", r => r.Headers[ClientPrincipalHeader] = Principal("an@mattran.test", "Admin")));

        bool ran = await RunAsync(context);

        Assert.IsFalse(ran);
        AssertProblem(context, StatusCodes.Status404NotFound);
    }

    [TestMethod]
    public async Task Unit_route_without_a_link_gets_401_link_required()
    {
        var context = Invocation("Inspections_SelfReport", Request("POST", "/api/inspections/i-1/self-report"),
            new Dictionary<string, object?> { ["id"] = "i-1" });

        bool ran = await RunAsync(context);

        Assert.IsFalse(ran);
        Assert.AreEqual("link.required", AssertProblem(context, StatusCodes.Status401Unauthorized).GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task Unit_route_with_a_link_signed_by_another_key_gets_401_link_invalid_before_any_lookup()
    {
        var forged = new UnitLinkSigner(
            Microsoft.Extensions.Options.Options.Create(new UnitLinkOptions { SigningKey = Convert.ToBase64String(new byte[32]) }), TimeProvider.System)
            .Issue("unit-1", "i-1", UnitLinkPurpose.SelfReportUpload);
        var context = Invocation("Inspections_SelfReport",
            Request("POST", "/api/inspections/i-1/self-report", r => r.QueryString = new QueryString("?t=" + forged)),
            new Dictionary<string, object?> { ["id"] = "i-1" });

        bool ran = await RunAsync(context);

        Assert.IsFalse(ran);
        Assert.AreEqual("link.invalid", AssertProblem(context, StatusCodes.Status401Unauthorized).GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task A_failing_function_answers_problem_json_500()
    {
        var http = Request("GET", "/api/health");
        var context = new InvocationContext("Health_Get", http);
        await Middleware().Invoke(context, _ => throw new InvalidOperationException("storage is gone"));

        AssertProblem(context, StatusCodes.Status500InternalServerError);
        Assert.IsFalse(FunctionsApp.ResponseBody(http).Contains("storage is gone", StringComparison.Ordinal), "The exception must not leak.");
    }

    [TestMethod]
    public void Route_values_missing_from_routing_are_taken_from_the_binding_data()
    {
        var http = Request("GET", "/api/dev/mailbox/2027/a.eml");
        var route = ApiRoutes.All.Single(r => r.FunctionName == "DevMailbox_Get");
        var context = new InvocationContext(route.FunctionName, http, new Dictionary<string, object?> { ["name"] = "2027/a.eml", ["Query"] = "{}" });

        ApiRequestMiddleware.CopyRouteValues(context, http, route);

        Assert.AreEqual("2027/a.eml", http.Request.RouteValues["name"]);
        Assert.IsFalse(http.Request.RouteValues.ContainsKey("Query"), "Only the template's parameters are route values.");
    }

    private const string ClientPrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    private static HttpContext Request(string method, string path, Action<HttpRequest>? configure = null) =>
        FunctionsApp.Request(Production, method, path, configure);

    private static FunctionContext Invocation(string functionName, HttpContext http, IReadOnlyDictionary<string, object?>? bindingData = null) =>
        new InvocationContext(functionName, http, bindingData);

    /// <summary>The middleware as the worker runs it (created with the app's services); true when it let the function run.</summary>
    private static async Task<bool> RunAsync(FunctionContext context)
    {
        bool ran = false;
        await Middleware().Invoke(context, _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });
        return ran;
    }

    private static ApiRequestMiddleware Middleware() => ActivatorUtilities.CreateInstance<ApiRequestMiddleware>(Production);

    private static string Principal(string name, string role) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            name_typ = "name",
            role_typ = "roles",
            claims = new[] { new { typ = "name", val = name }, new { typ = "roles", val = role } },
        })));

    private static JsonElement AssertProblem(FunctionContext context, int status)
    {
        var http = context.GetHttpContext()!;
        Assert.AreEqual(status, http.Response.StatusCode);
        StringAssert.StartsWith(http.Response.ContentType, "application/problem+json");
        using var document = JsonDocument.Parse(FunctionsApp.ResponseBody(http));
        Assert.AreEqual(status, document.RootElement.GetProperty("status").GetInt32());
        return document.RootElement.Clone();
    }
}

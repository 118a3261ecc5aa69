using System.Text;
using System.Text.Json;
using MatTran.Api.Plans;
using MatTran.Api.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// <see cref="ApiRouteInvoker"/>, which the Functions app's HTTP triggers use, runs a route's handler on a request that
/// did not come through minimal-API routing with the same binding and the same problem+json answers as the local host.
/// </summary>
[TestClass]
public sealed class ApiRouteInvokerTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Handler_answer_is_the_same_problem_as_through_the_local_host()
    {
        var (status, problem) = await InvokeAsync("Plans_Get", new() { ["id"] = "tinh.2027.0123456789ab" }, "planner");

        Assert.AreEqual(404, status);
        Assert.AreEqual("plan.notFound", problem.GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task Unreadable_body_is_400_problem_json()
    {
        var (status, problem) = await InvokeAsync("Plans_Create", [], "planner", body: "{\"year\": \"hai nghìn\"");

        Assert.AreEqual(400, status);
        Assert.AreEqual(400, problem.GetProperty("status").GetInt32());
    }

    [TestMethod]
    public async Task Readable_body_reaches_the_handler()
    {
        var (status, problem) = await InvokeAsync("Inspections_Cancel", new() { ["id"] = "tinh.2027.0123456789ab.001" }, "planner",
            body: "{\"reason\": \"Trùng lịch\"}");

        Assert.AreEqual(404, status, problem.ToString());
        Assert.AreEqual("inspection.notFound", problem.GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task Body_with_a_control_character_is_422_through_the_invoker_as_through_the_local_host()
    {
        var (status, problem) = await InvokeAsync("Inspections_Cancel", new() { ["id"] = "tinh.2027.0123456789ab.001" }, "planner",
            body: "{\"reason\": \"Trùng lịch\\u0000\"}");

        Assert.AreEqual(422, status, problem.ToString());
        CollectionAssert.AreEqual(new[] { "text.controlCharacter" }, problem.CodesFor("reason"));
    }

    [TestMethod]
    public async Task Body_over_the_routes_limit_is_413_problem_json()
    {
        var (status, problem) = await InvokeAsync("Plans_Create", [], "planner", body: new string(' ', (int)PlansApi.MaxPlanBytes + 1));

        Assert.AreEqual(413, status);
        Assert.AreEqual(413, problem.GetProperty("status").GetInt32());
        Assert.AreEqual("request.bodyTooLarge", problem.GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task Policy_refusal_comes_before_the_handler()
    {
        var (status, problem) = await InvokeAsync("Units_List", [], user: null);

        Assert.AreEqual(401, status);
        Assert.AreEqual(401, problem.GetProperty("status").GetInt32());
    }

    [TestMethod]
    public async Task A_route_invoked_without_the_policy_middleware_still_goes_through_the_policy()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        using var scope = host.Services.CreateScope();
        var route = Route("Plans_Get");
        var context = NewContext(scope.ServiceProvider, route, new() { ["id"] = "tinh.2027.0123456789ab" }, user: null, body: null);

        await ApiRouteInvoker.InvokeAsync(context, route);

        Assert.AreEqual(401, context.Response.StatusCode);
    }

    /// <summary>The Functions app's path answers bad input exactly as the local host does (docs/api.md § Bad input).</summary>
    [TestMethod]
    [DataRow("Inspections_Cancel", "{\"reason\": \"a\", \"reason\": \"b\"}", "application/json", null, 400, "request.unreadable")]
    [DataRow("Plans_Create", "{\"year\": \"2027\"}", "application/json", null, 400, "request.unreadable")]
    [DataRow("Inspections_Cancel", "{\"reason\": \"\\ud800\"}", "application/json", null, 400, "request.unreadable")]
    [DataRow("Inspections_Cancel", "{\"reason\": \"a\\u202Eb\"}", "application/json", null, 422, "text.controlCharacter")]
    [DataRow("Inspections_Cancel", "{}", "application/json; charset=latin1", null, 415, "request.unsupportedMediaType")]
    [DataRow("Plans_Create", "{}", "text/plain", null, 415, "request.unsupportedMediaType")]
    [DataRow("Inspections_List", null, null, "?planId='%20or%201%20eq%201", 400, "query.invalid")]
    [DataRow("Inspections_List", null, null, "?unitId=a&unitId=b", 400, "query.repeated")]
    public async Task Bad_input_gets_the_same_code_through_the_invoker(
        string functionName, string? body, string? contentType, string? query, int status, string code)
    {
        var routeValues = functionName == "Inspections_Cancel" ? new Dictionary<string, string> { ["id"] = "tinh.2027.0123456789ab.001" } : [];
        var (actual, problem) = await InvokeAsync(functionName, routeValues, "planner", body, query, contentType);

        Assert.AreEqual(status, actual, problem.ToString());
        CollectionAssert.Contains(BadInput.RefusalAssert.Codes(problem), code, problem.ToString());
    }

    private static ApiRoute Route(string functionName) => ApiRoutes.All.Single(r => r.FunctionName == functionName);

    /// <summary>The request as the Functions worker would hand it over: policy first, then the route.</summary>
    private async Task<(int Status, JsonElement Problem)> InvokeAsync(
        string functionName, Dictionary<string, string> routeValues, string? user, string? body = null, string? query = null,
        string? contentType = "application/json")
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        using var scope = host.Services.CreateScope();
        var route = Route(functionName);
        var context = NewContext(scope.ServiceProvider, route, routeValues, user, body, contentType);
        context.Request.QueryString = new QueryString(query);
        if (await host.Services.GetRequiredService<ApiAccessPolicy>().AuthorizeAsync(context, route) is { } refusal)
        {
            await refusal.ExecuteAsync(context);
        }
        else
        {
            await ApiRouteInvoker.InvokeAsync(context, route);
        }

        Assert.AreEqual("application/problem+json", context.Response.ContentType?.Split(';')[0]);
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, JsonDocument.Parse(context.Response.Body).RootElement.Clone());
    }

    private static DefaultHttpContext NewContext(
        IServiceProvider services, ApiRoute route, Dictionary<string, string> routeValues, string? user, string? body,
        string? contentType = "application/json")
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = route.Method;
        context.Request.Path = "/" + route.Template;
        foreach (var (name, value) in routeValues)
        {
            context.Request.RouteValues[name] = value;
        }

        if (user is not null)
        {
            context.Request.Headers[ApiRequests.UserHeader] = user;
        }

        if (body is not null)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            context.Request.Body = new MemoryStream(bytes);
            context.Request.ContentLength = bytes.Length;
            context.Request.ContentType = contentType;
            // As a server's request says; minimal-API binding reads a body only from a request that can have one.
            context.Features.Set<IHttpRequestBodyDetectionFeature>(new BodyDetection());
        }

        context.Response.Body = new MemoryStream();
        return context;
    }

    private sealed class BodyDetection : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }
}

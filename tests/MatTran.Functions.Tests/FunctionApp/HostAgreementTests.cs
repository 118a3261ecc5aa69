using MatTran.Api.Routing;
using MatTran.Functions.Http;
using MatTran.Inspections.Uploads;
using MatTran.LocalHost.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MatTran.Functions.Tests.FunctionApp;

/// <summary>
/// The two hosts serve the same API: the local host's endpoints (built as its Program builds them, not started) and
/// the Functions app's HTTP functions (its built functions.metadata, and the route its middleware enforces for each)
/// agree on every function name, method, route, access and body limit. Any difference fails, naming it.
/// </summary>
[TestClass]
public sealed class HostAgreementTests
{
    [TestMethod]
    public async Task Local_endpoints_and_http_functions_agree_on_every_name_method_route_access_and_limit()
    {
        await using var local = LocalHost(Environments.Development);
        var uploads = local.Services.GetRequiredService<UploadPolicy>();
        var localRoutes = Describe(LocalEndpoints(local), uploads);
        var functionRoutes = Describe(FunctionRoutes(), uploads);

        var onlyLocal = localRoutes.Except(functionRoutes).ToList();
        var onlyFunctions = functionRoutes.Except(localRoutes).ToList();
        Assert.IsTrue(onlyLocal.Count == 0 && onlyFunctions.Count == 0,
            "Hosts disagree.\nOnly the local host: " + string.Join("; ", onlyLocal) + "\nOnly the Functions app: " + string.Join("; ", onlyFunctions));
        Assert.AreEqual(ApiRoutes.All.Count, localRoutes.Count, "Every route of the table is served.");

        // Leaving the web app's endpoints out must not hide an API endpoint mapped outside the table. The unit page
        // (/units/…) is the web app's own, as Static Web Apps serves it in Azure, so no function serves it.
        var webApp = WebAppEndpoints(local).ToList();
        var untabled = webApp.Where(pattern => pattern.StartsWith("api/", StringComparison.Ordinal)).ToList();
        Assert.IsEmpty(untabled, "Endpoints under /api that serve no route of the table: " + string.Join("; ", untabled));
        CollectionAssert.Contains(webApp, "units/inspections/{inspectionId}", "the local host answers the unit page with the web app's file");
        Assert.IsFalse(ApiRoutes.All.Any(r => r.Template.StartsWith("units/", StringComparison.Ordinal)), "no API route or function serves the unit page");
    }

    [TestMethod]
    public async Task Outside_development_neither_host_serves_the_development_routes()
    {
        await using var local = LocalHost(Environments.Production);
        var mapped = LocalEndpoints(local).Select(r => r.Item1).ToHashSet();
        foreach (var route in ApiRoutes.All.Where(r => r.Access.DevelopmentOnly))
        {
            // The local host does not map them; the Functions app has the function (metadata is per build, not per
            // environment) and its access policy answers 404 before the handler (ApiRequestMiddlewareTests).
            Assert.IsFalse(mapped.Contains(route.FunctionName), $"The local host maps {route} in Production.");
            Assert.IsTrue(route.Access.DevelopmentOnly && ApiFunctionRoutes.Get(route.FunctionName).Access.DevelopmentOnly);
        }
    }

    /// <summary>What a caller meets: function name, method, route, who may call and how large a body may be.</summary>
    private static HashSet<string> Describe(IEnumerable<(string FunctionName, string Method, string Template, ApiRoute Route)> routes, UploadPolicy uploads) =>
        routes.Select(r => $"{r.FunctionName} {r.Method.ToUpperInvariant()} /{r.Template} access={r.Route.Access} roles=[{string.Join(",", r.Route.Access.Roles)}] limit={ApiBodyLimits.For(r.Route, uploads)?.ToString() ?? "default"}")
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The local host's API endpoints: name, method and pattern from routing, access from the route they serve. The web
    /// app's file and page endpoints (no <see cref="ApiRoute"/>) are not API routes: Static Web Apps serves them in Azure.
    /// </summary>
    private static IEnumerable<(string, string, string, ApiRoute)> LocalEndpoints(WebApplication app) =>
        ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<ApiRoute>() is not null)
            .Select(endpoint => (
                endpoint.Metadata.GetRequiredMetadata<IEndpointNameMetadata>().EndpointName,
                endpoint.Metadata.GetRequiredMetadata<IHttpMethodMetadata>().HttpMethods.Single(),
                endpoint.RoutePattern.RawText!,
                endpoint.Metadata.GetRequiredMetadata<ApiRoute>()));

    /// <summary>The local host's other endpoints (no <see cref="ApiRoute"/>), by pattern without the leading slash.</summary>
    private static IEnumerable<string> WebAppEndpoints(WebApplication app) =>
        ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<ApiRoute>() is null)
            .Select(endpoint => (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/'));

    /// <summary>The Functions app's HTTP functions: name, method and route as the host indexes them, access as its middleware enforces it.</summary>
    private static IEnumerable<(string, string, string, ApiRoute)> FunctionRoutes() =>
        FunctionsMetadata.WithTrigger("httpTrigger").Select(function => (
            function.Name,
            function.Trigger.Methods!.Single(),
            function.Trigger.Route!,
            ApiFunctionRoutes.Get(function.Name)));

    private static WebApplication LocalHost(string environment)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["DemoData:Seed"] = "false",
            ["UnitLinks:SigningKey"] = Http.FunctionsApp.SigningKey,
        });
        var app = builder.AddMatTranLocalHost().Build();
        app.MapMatTranLocalHost();
        return app;
    }
}

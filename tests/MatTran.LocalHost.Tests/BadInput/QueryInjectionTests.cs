using MatTran.Api.Problems;
using MatTran.Api.Routing;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// Filter injection in the query string of every list route (a GET without route values, found in the route table):
/// each parameter the route binds — or a made-up one where it binds none — is sent with a quote, an OData clause, a
/// system option, a key name, a very long value, twice. Every one is 400 problem+json (<c>query.invalid</c>,
/// <c>query.repeated</c>): no answer lists rows.
/// </summary>
[TestClass]
public sealed class QueryInjectionTests
{
    /// <summary>A query for parameter <c>{p}</c> and the code it must get (for a parameter bound as text).</summary>
    private static readonly (string Query, string Code)[] Injections =
    [
        ("{p}='", ProblemCodes.QueryInvalid),
        ("{p}=' or 1 eq 1", ProblemCodes.QueryInvalid),
        ("{p}=x' or PartitionKey ne '", ProblemCodes.QueryInvalid),
        ("{p}=x%27%20or%20RowKey%20gt%20%27", ProblemCodes.QueryInvalid),
        ("{p}=" + Uri.EscapeDataString(BadInputHost.Personal), ProblemCodes.QueryInvalid),
        ("{p}=x%00", ProblemCodes.QueryInvalid),
        ("{p}=%E2%80%AEx", ProblemCodes.QueryInvalid),
        ("{p}=" + new string('a', 5000), ProblemCodes.QueryInvalid),
        ("{p}=a&{p}=b", ProblemCodes.QueryRepeated),
        ("$filter=PartitionKey%20ne%20%27%27", ProblemCodes.QueryInvalid),
        ("$top=1000", ProblemCodes.QueryInvalid),
        ("PartitionKey%20ne%20=x", ProblemCodes.QueryInvalid),
    ];

    public TestContext TestContext { get; set; } = null!;

    /// <summary>The list routes: GETs whose template has no route value.</summary>
    public static IEnumerable<ApiRoute> ListRoutes => ApiRoutes.All.Where(r => r.Method == "GET" && !r.Template.Contains('{', StringComparison.Ordinal));

    public static IEnumerable<object[]> Cases =>
        from route in ListRoutes
        from parameter in RouteCalls.QueryParameters(route).Select(p => p.Name!).DefaultIfEmpty("q")
        from injection in Enumerable.Range(0, Injections.Length)
        select new object[] { route.FunctionName, parameter, injection };

    [TestMethod]
    public void The_list_routes_and_their_parameters_are_found() =>
        Assert.IsGreaterThanOrEqualTo(8, Cases.Count() / Injections.Length, string.Join(", ", ListRoutes.Select(r => r.FunctionName)));

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public async Task An_injected_query_is_400_and_lists_nothing(string functionName, string parameter, int injection)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        var route = RouteCalls.Named(functionName);
        var (query, code) = Injections[injection];
        // Numbers and flags too: the shape check answers before the handler, whatever the value would bind to.
        var problem = await RefusalAssert.RefusedAsync(
            bad, RouteCalls.Request(bad, route, null, query.Replace("{p}", parameter, StringComparison.Ordinal)), 400, code, TestContext.CancellationToken);
        Assert.AreNotEqual(System.Text.Json.JsonValueKind.Array, problem.ValueKind);
    }
}

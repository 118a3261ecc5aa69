using MatTran.Api.Problems;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// Every route that reads a JSON body (found in the route table, so a new one is covered by itself) × every way JSON
/// can be unreadable: 400 <c>request.unreadable</c> problem+json, nothing stored. <c>{m}</c> stands for the first
/// member of the route's body, so a wrong type or a duplicate key hits a member the route really binds.
/// </summary>
[TestClass]
public sealed class MalformedJsonTests
{
    private static readonly string[] Bodies =
    [
        "{\"{m}\": \"" + BadInputHost.Personal,             // truncated inside a string
        "{\"{m}\":",                                        // truncated after a key
        "{\"{m}\": null} trailing",                         // garbage after the document
        "{}{}",                                             // two documents
        "[]",                                               // an array for an object
        "\"" + BadInputHost.Personal + "\"",                // a string for an object
        "42",                                               // a number for an object
        "{\"{m}\": [[[]]]}",                                // a value of the wrong type
        "{\"{m}\": null, \"{m}\": null}",                   // a key sent twice
        "{\"{m}\": " + new string('[', 200) + new string(']', 200) + "}", // nesting deeper than 64
        "{/* comment */}",                                  // not JSON
        "{'{m}': null}",                                    // single quotes
        "{\"{m}\": NaN}",                                   // not a JSON number
        "{\"{m}\": \"\\x41\"}",                             // an escape JSON does not have
    ];

    public TestContext TestContext { get; set; } = null!;

    public static IEnumerable<object[]> Cases =>
        RouteCalls.JsonBodyRoutes.SelectMany(route => Bodies.Select((_, index) => new object[] { route.FunctionName, index }));

    [TestMethod]
    public void Every_route_that_reads_json_is_covered() =>
        Assert.IsGreaterThanOrEqualTo(14, RouteCalls.JsonBodyRoutes.Count(), "routes with a JSON body: " + string.Join(", ", RouteCalls.JsonBodyRoutes.Select(r => r.FunctionName)));

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public async Task Unreadable_json_is_400_and_stores_nothing(string functionName, int body)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        var route = RouteCalls.Named(functionName);
        string json = Bodies[body].Replace("{m}", RouteCalls.FirstMember(route), StringComparison.Ordinal);
        await RefusalAssert.RefusedAsync(bad, RouteCalls.Request(bad, route, RouteCalls.Json(json)), 400, ProblemCodes.Unreadable, TestContext.CancellationToken);
    }

    /// <summary>A number too large for a double is read as infinity and refused by its rule, like any other bad speed.</summary>
    [TestMethod]
    [DataRow("1e400")]
    [DataRow("-1e400")]
    [DataRow("0")]
    [DataRow("-1")]
    public async Task An_infinite_or_negative_rehearsal_speed_is_422(string secondsPerDay)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        string json = $$$"""{"rehearsal": {"startsAt": "2027-06-01", "secondsPerDay": {{{secondsPerDay}}}}}""";
        await RefusalAssert.RefusedAsync(bad, RouteCalls.Request(bad, RouteCalls.Named("Plans_Launch"), RouteCalls.Json(json)), 422,
            ProblemCodes.RehearsalTooFast, TestContext.CancellationToken, "rehearsal.secondsPerDay");
    }

    /// <summary>Values of the right JSON kind that the body's type cannot hold: numbers out of range, enums as numbers.</summary>
    [TestMethod]
    [DataRow("Plans_Create", """{"year": 2147483648}""")]
    [DataRow("Plans_Create", """{"year": 2027.5}""")]
    [DataRow("Plans_Create", """{"year": "2027"}""")]
    [DataRow("Plans_Create", """{"year": -0.0}""")]
    [DataRow("Inspections_Findings", """{"findings": [{"figures": [{"value": "1250000000"}]}]}""")]
    [DataRow("Plans_Create", """{"inspections": [{"kind": 1}]}""")]
    [DataRow("Plans_Create", """{"inspections": [{"kind": "Kiểm tra"}]}""")]
    [DataRow("Plans_Create", """{"targets": [{"metric": 0}]}""")]
    [DataRow("Plans_Edit", """{"inspections": [{"kind": 0}]}""")]
    [DataRow("Plans_Launch", """{"rehearsal": {"startsAt": "2027-06-01", "secondsPerDay": "1"}}""")]
    [DataRow("Inspections_Findings", """{"findings": [{"type": 0}]}""")]
    [DataRow("Inspections_Findings", """{"findings": [{"figures": [{"value": 1e400}]}]}""")]
    [DataRow("Inspections_Findings", """{"findings": [{"figures": [{"unit": 2}]}]}""")]
    [DataRow("Inspections_Conclusion", """{"rating": 1}""")]
    [DataRow("Inspections_Conclusion", """{"followUp": "yes"}""")]
    [DataRow("Remediations_Reject", """{"newDueDate": 20271215}""")]
    [DataRow("Committees_PutStaff", """{"signsDocuments": 1}""")]
    public async Task A_value_the_body_cannot_hold_is_400_and_stores_nothing(string functionName, string json)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        await RefusalAssert.RefusedAsync(
            bad, RouteCalls.Request(bad, RouteCalls.Named(functionName), RouteCalls.Json(json)), 400, ProblemCodes.Unreadable, TestContext.CancellationToken);
    }
}

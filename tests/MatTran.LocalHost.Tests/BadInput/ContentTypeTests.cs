using MatTran.Api.Problems;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// A body in a type the route does not read is 415 <c>request.unsupportedMediaType</c>, nothing stored: every JSON
/// route with text, a form, a multipart form, no Content-Type or a charset other than UTF-8; the upload and import
/// routes with JSON or the wrong type. A JSON or CSV body without a charset is read as UTF-8 (never 415).
/// </summary>
[TestClass]
public sealed class ContentTypeTests
{
    private static readonly string?[] WrongTypes =
    [
        "text/plain",
        "text/plain; charset=utf-8",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/xml",
        "application/json; charset=latin1",
        "application/json; charset=iso-8859-1",
        "application/json; charset=utf-16",
        null,
    ];

    public TestContext TestContext { get; set; } = null!;

    public static IEnumerable<object?[]> JsonRouteCases =>
        RouteCalls.JsonBodyRoutes.SelectMany(route => WrongTypes
            // The feedback route takes a form as well as JSON (read as a form, "{}" is a malformed one).
            .Where(type => !(route.FunctionName == "Inspections_Feedback" && type?.StartsWith("multipart/", StringComparison.Ordinal) == true))
            .Select(type => new object?[] { route.FunctionName, type }));

    [TestMethod]
    [DynamicData(nameof(JsonRouteCases))]
    public async Task A_json_route_refuses_any_other_type_and_any_charset_but_utf8(string functionName, string? contentType)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        // Bytes that spell "{}" in the charset named (UTF-16 for UTF-16): only the declared type can be wrong.
        var content = RouteCalls.Raw("{}", contentType);
        await RefusalAssert.RefusedAsync(bad, RouteCalls.Request(bad, RouteCalls.Named(functionName), content), 415, ProblemCodes.UnsupportedMediaType, TestContext.CancellationToken);
    }

    [TestMethod]
    [DataRow("Inspections_SelfReport", "application/json", "{}")]
    [DataRow("Inspections_SelfReport", "text/plain", "%PDF-1.4")]
    [DataRow("Inspections_SelfReport", "application/pdf", "%PDF-1.4")]
    [DataRow("Inspections_SelfReport", "application/x-www-form-urlencoded", "file=%25PDF-1.4")]
    [DataRow("Inspections_Feedback", "application/x-www-form-urlencoded", "text=x")]
    [DataRow("Units_Import", "application/json", "{}")]
    [DataRow("Units_Import", "text/plain", "id,name,level,parentId,email\r\n")]
    [DataRow("Units_Import", "application/vnd.ms-excel", "id,name,level,parentId,email\r\n")]
    [DataRow("Units_Import", "text/csv; charset=latin1", "id,name,level,parentId,email\r\n")]
    [DataRow("Units_Import", "text/csv; charset=windows-1258", "id,name,level,parentId,email\r\n")]
    [DataRow("Units_Import", null, "id,name,level,parentId,email\r\n")]
    public async Task Upload_and_import_routes_refuse_other_types(string functionName, string? contentType, string body)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        var route = RouteCalls.Named(functionName);
        await RefusalAssert.RefusedAsync(bad, RouteCalls.Request(bad, route, RouteCalls.Raw(body, contentType)), 415, ProblemCodes.UnsupportedMediaType, TestContext.CancellationToken);
    }

    [TestMethod]
    [DataRow("application/json")]
    [DataRow("application/json; charset=utf-8")]
    [DataRow("application/json; charset=UTF-8")]
    [DataRow("application/problem+json")]
    public async Task Json_without_a_charset_or_in_utf8_is_read(string contentType)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        // Read, then refused by its rule (a cancel needs a reason): 422, so the type was taken.
        var request = RouteCalls.Request(bad, RouteCalls.Named("Inspections_Cancel"), RouteCalls.Raw("{}", contentType));
        await RefusalAssert.RefusedAsync(bad, request, 422, "cancel.reason.required", TestContext.CancellationToken);
    }

    [TestMethod]
    [DataRow("text/csv")]
    [DataRow("text/csv; charset=utf-8")]
    public async Task Csv_without_a_charset_or_in_utf8_is_read(string contentType)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        // Read, then refused for its header: 400 units.csv.header.invalid, so the type was taken.
        var request = RouteCalls.Request(bad, RouteCalls.Named("Units_Import"), RouteCalls.Raw("ma,ten\r\n", contentType));
        await RefusalAssert.RefusedAsync(bad, request, 400, "units.csv.header.invalid", TestContext.CancellationToken);
    }
}

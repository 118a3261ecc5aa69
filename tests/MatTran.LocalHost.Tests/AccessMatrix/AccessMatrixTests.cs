using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MatTran.Api.Routing;
using MatTran.Inspections.Links;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests.AccessMatrix;

/// <summary>
/// Every route of the route table × every caller (<see cref="MatrixCaller"/>) against the real host, for a launched
/// plan's real inspection (so checks a handler makes once it has found the inspection count too): a caller the
/// route's declared access admits must get past the access policy (any answer but 401/403), every other caller must
/// be refused (401 or 403, problem+json). The matrix observed is the table in docs/api.md § Access matrix, which must
/// match it cell for cell: a route added to the table or a changed rule without the docs changing fails here.
/// </summary>
[TestClass]
public sealed partial class AccessMatrixTests
{
    private const string DocsBegin = "<!-- access-matrix:begin -->";
    private const string DocsEnd = "<!-- access-matrix:end -->";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Every_route_admits_exactly_the_callers_its_access_documents()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var plan = await LaunchedPlan.StartAsync(host, TestContext.CancellationToken);
        var subject = new MatrixSubject(plan.PlanId, plan.Tree.District, plan.DistrictInspection, plan.Tree.Commune, plan.CommuneInspection);
        var wrong = new List<string>();
        var rows = new List<string>();
        foreach (var route in ApiRoutes.All)
        {
            var cells = new List<string>();
            foreach (var caller in Enum.GetValues<MatrixCaller>())
            {
                using var request = Request(host, subject, route, caller);
                using var response = await host.Client.SendAsync(request, TestContext.CancellationToken);
                bool passed = response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
                if (!passed && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    wrong.Add($"{route.Method} {route.Template} as {caller}: {(int)response.StatusCode} is not problem+json");
                }

                if (passed != MatrixExpectation.Passes(route.Access, caller))
                {
                    wrong.Add($"{route.Method} {route.Template} as {caller}: {(int)response.StatusCode}, expected {(MatrixExpectation.Passes(route.Access, caller) ? "admitted" : "refused")}");
                }

                cells.Add(passed ? "✓" : "–");
            }

            rows.Add($"| `{route.Method} /{route.Template}` | {string.Join(" | ", cells)} |");
        }

        Assert.IsEmpty(wrong, string.Join("\n", wrong));
        string table = Table(rows);
        string documented = DocumentedTable();
        Assert.AreEqual(documented, table, $"docs/api.md § Access matrix is out of date; the observed matrix is:\n{table}");
    }

    private static string Table(IEnumerable<string> rows)
    {
        var text = new StringBuilder();
        text.Append("| route | ").AppendJoin(" | ", Enum.GetNames<MatrixCaller>()).AppendLine(" |");
        text.Append("|---|").AppendJoin("", Enum.GetNames<MatrixCaller>().Select(_ => "---|")).AppendLine();
        foreach (string row in rows)
        {
            text.AppendLine(row);
        }

        return text.ToString();
    }

    private static string DocumentedTable()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "api.md"));
        int begin = docs.IndexOf(DocsBegin, StringComparison.Ordinal);
        int end = docs.IndexOf(DocsEnd, StringComparison.Ordinal);
        Assert.IsTrue(begin >= 0 && end > begin, $"docs/api.md has no {DocsBegin} … {DocsEnd} block");
        return docs[(begin + DocsBegin.Length)..end].Trim('\n') + "\n";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MatTran.Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (MatTran.Functions.sln) was not found.");
    }

    private static HttpRequestMessage Request(TestHost host, MatrixSubject subject, ApiRoute route, MatrixCaller caller)
    {
        string path = RouteParameter().Replace(route.Template, m => subject.Argument(m.Groups["name"].Value, route.Access.Scope));
        string? token = Token(host, subject, caller);
        if (token is not null)
        {
            path += (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "t=" + Uri.EscapeDataString(token);
        }

        var request = new HttpRequestMessage(new HttpMethod(route.Method), new Uri(path, UriKind.Relative));
        if (route.Method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request.As(caller is MatrixCaller.Planner or MatrixCaller.Inspector or MatrixCaller.Supervisor or MatrixCaller.Admin
            ? caller.ToString().ToLowerInvariant()
            : null);
    }

    private static string? Token(TestHost host, MatrixSubject subject, MatrixCaller caller)
    {
        var signer = host.Services.GetRequiredService<UnitLinkSigner>();
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        // A link's purpose no longer limits what it opens (issue 12 item 9); the matrix still tries two, to show it.
        const UnitLinkPurpose purpose = UnitLinkPurpose.SelfReportUpload;
        const UnitLinkPurpose other = UnitLinkPurpose.Feedback;
        return caller switch
        {
            MatrixCaller.UnitLink => signer.Issue(subject.Unit, subject.Inspection, purpose),
            MatrixCaller.UnitLinkOtherPurpose => signer.Issue(subject.Unit, subject.Inspection, other),
            MatrixCaller.UnitLinkOtherUnit => signer.Issue(subject.OtherUnit, subject.OtherInspection, purpose),
            MatrixCaller.UnitLinkExpired => signer.Sign(new UnitLinkClaims(subject.Unit, subject.Inspection, now.AddMinutes(-1), purpose)),
            MatrixCaller.UnitLinkTampered => Tamper(signer.Issue(subject.Unit, subject.Inspection, purpose)),
            _ => null,
        };
    }

    private static string Tamper(string token) => token[..^2] + (token[^2] == 'A' ? "BB" : "AA");

    [GeneratedRegex(@"\{(?<name>\*?[A-Za-z]+)\}")]
    private static partial Regex RouteParameter();
}

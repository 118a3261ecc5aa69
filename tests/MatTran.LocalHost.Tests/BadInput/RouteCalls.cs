using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MatTran.Api.Routing;
using MatTran.Api.Http;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// Requests to any route of the route table as a caller it admits (the route's role, or the unit's link), naming the
/// bad-input plan's ids, so a bad body or query meets the checks behind the access policy.
/// </summary>
internal static partial class RouteCalls
{
    /// <summary>The routes that read a JSON body: every handler that binds an <see cref="IRequestBody"/>, and the feedback route that reads JSON itself.</summary>
    public static IEnumerable<ApiRoute> JsonBodyRoutes =>
        ApiRoutes.All.Where(route => BodyType(route) is not null || route.FunctionName == "Inspections_Feedback");

    public static ApiRoute Named(string functionName) => ApiRoutes.All.Single(r => r.FunctionName == functionName);

    /// <summary>The record a route binds from its body, or null.</summary>
    public static Type? BodyType(ApiRoute route) => route.Handler.Method.GetParameters()
        .Select(p => Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType)
        .FirstOrDefault(t => typeof(IRequestBody).IsAssignableFrom(t));

    /// <summary>The JSON name of the first member of a route's body (the feedback's <c>text</c> when it reads JSON itself).</summary>
    public static string FirstMember(ApiRoute route) => BodyType(route) is { } type
        ? JsonNamingPolicy.CamelCase.ConvertName(type.GetConstructors()[0].GetParameters()[0].Name!)
        : "text";

    /// <summary>The query parameters a route's handler binds (simple values, not route values), with their types.</summary>
    public static IReadOnlyList<ParameterInfo> QueryParameters(ApiRoute route)
    {
        var routeValues = RouteParameter().Matches(route.Template).Select(m => m.Groups["name"].Value.TrimStart('*')).ToHashSet(StringComparer.Ordinal);
        return [.. route.Handler.Method.GetParameters().Where(p =>
            !routeValues.Contains(p.Name!) &&
            (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) is var type &&
            (type == typeof(string) || type == typeof(int) || type == typeof(bool)))];
    }

    public static HttpRequestMessage Request(BadInputHost bad, ApiRoute route, HttpContent? content, string query = "")
    {
        var plan = bad.Plan;
        string path = RouteParameter().Replace(route.Template, m => m.Groups["name"].Value switch
        {
            "id" when route.Access.Scope == ApiLinkScope.Remediation || route.Template.StartsWith("api/remediations", StringComparison.Ordinal) =>
                plan.DistrictInspection + ".r1",
            "id" when route.Access.Scope == ApiLinkScope.Document => plan.DistrictInspection + ".notice.v1",
            "id" when route.Template.StartsWith("api/inspections", StringComparison.Ordinal) => plan.DistrictInspection,
            "id" when route.Template.StartsWith("api/committees", StringComparison.Ordinal) => plan.Tree.Province,
            "inspectionId" => plan.DistrictInspection,
            "staffId" => "nguoi-xau",
            "departmentId" => "ban-xau",
            "fileName" => "unit-portal.js",
            "*name" => "nothing.eml",
            "year" => TestPlans.FutureYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "issuerUnitId" => plan.Tree.Province,
            _ => plan.PlanId,
        });
        string? user = null;
        if (route.Access.Kind is ApiAccessKind.UnitLink)
        {
            query = Join(query, "t=" + Uri.EscapeDataString(bad.UnitToken));
        }
        else if (route.Access.Kind is not ApiAccessKind.Anonymous)
        {
            user = route.Access.Role?.ToLowerInvariant() ?? "planner";
        }

        var request = new HttpRequestMessage(new HttpMethod(route.Method), new Uri(path + (query.Length > 0 ? "?" + query : ""), UriKind.Relative))
        {
            Content = content,
        };
        return request.As(user);
    }

    /// <summary>A body with exactly this Content-Type header (none when null), in UTF-16 when that is the charset it names.</summary>
    public static HttpContent Raw(string body, string? contentType)
    {
        var encoding = contentType?.Contains("utf-16", StringComparison.OrdinalIgnoreCase) == true ? Encoding.Unicode : Encoding.UTF8;
        var content = new ByteArrayContent(encoding.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return content;
    }

    public static HttpContent Json(string body) => Raw(body, "application/json");

    private static string Join(string query, string more) => query.Length == 0 ? more : query + "&" + more;

    [GeneratedRegex(@"\{(?<name>\*?[A-Za-z]+)\}")]
    private static partial Regex RouteParameter();
}

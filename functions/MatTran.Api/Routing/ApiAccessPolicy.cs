using System.Security.Claims;
using MatTran.Api.Auth;
using MatTran.Api.Hosting;
using MatTran.Api.Problems;
using MatTran.Inspections.Links;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Api.Routing;

/// <summary>
/// The one place that decides whether a request may reach its route's handler; both hosts run it before every route
/// (the local host as middleware, the Functions app as worker middleware). It identifies the caller — staff from
/// <c>X-MS-CLIENT-PRINCIPAL</c> (or the Development/Test demo header), an inspected unit from its signed link
/// <c>?t=</c> — checks them against the route's <see cref="ApiAccess"/> and, when allowed, stores the
/// <see cref="ApiCaller"/> on the request for the handler.
/// </summary>
/// <remarks>
/// Order, as documented in docs/api.md: staff sign-in (401, then 403 for a missing role); for unit links the token is
/// authenticated (401 <c>link.required</c> / <c>link.invalid</c> / <c>link.expired</c>) before any id is looked up, so
/// an anonymous caller learns nothing about which ids exist; then the inspection the route's id names must exist (404)
/// and belong to the link's unit, and be the link's inspection when it names one (403 <c>link.otherUnit</c>). Which
/// email the link came in (its purpose) does not matter: the inspection's stage decides what the unit may do, and the
/// handlers check it (409). Staff calling a unit-only route without a link get 403 <c>access.staffOnly</c>: the step
/// belongs to the unit.
/// </remarks>
public sealed class ApiAccessPolicy(UnitLinkSigner signer, InspectionStore inspections, IHostEnvironment environment)
{
    /// <summary>The query parameter that carries a unit's link token.</summary>
    public const string TokenParameter = "t";

    private readonly bool _developmentOrTest = environment.IsDevelopmentOrTest();

    /// <summary>
    /// Null when the request may go on (the caller is then stored on it, and <see cref="HttpContext.User"/> is the
    /// staff member when there is one); otherwise the problem to answer with, and nothing of the request is read.
    /// </summary>
    public async Task<IResult?> AuthorizeAsync(HttpContext context, ApiRoute route)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(route);
        ApiResponseHeaders.Apply(context.Response);
        var access = route.Access;
        if (access.DevelopmentOnly && !_developmentOrTest)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound);
        }

        var staff = StaffPrincipalReader.Read(context.Request, _developmentOrTest, out _);
        if (staff is not null)
        {
            context.User = staff;
        }

        var (caller, problem) = access.Kind switch
        {
            ApiAccessKind.Anonymous => (staff is null ? ApiCaller.Anonymous : ApiCaller.ForStaff(staff), null),
            ApiAccessKind.SignedIn or ApiAccessKind.Role => AuthorizeStaff(staff, access),
            ApiAccessKind.StaffOrUnitLink when staff is not null => (ApiCaller.ForStaff(staff), null),
            ApiAccessKind.UnitLink when staff is not null && Token(context.Request) is null =>
                (null, ApiProblems.WithCode(StatusCodes.Status403Forbidden, ProblemCodes.StaffOnly, ApiTexts.StaffOnly)),
            ApiAccessKind.StaffOrUnitLink or ApiAccessKind.UnitLink => await AuthorizeUnitAsync(context, route, context.RequestAborted),
            _ => throw new InvalidOperationException($"Unknown access kind {access.Kind} on {route}."),
        };

        if (problem is not null)
        {
            return problem;
        }

        context.Features.Set(caller);
        return null;
    }

    private static (ApiCaller?, IResult?) AuthorizeStaff(ClaimsPrincipal? staff, ApiAccess access)
    {
        if (staff is null)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized));
        }

        bool allowed = access.Kind == ApiAccessKind.SignedIn || access.Roles.Any(staff.IsInRole);
        return allowed ? (ApiCaller.ForStaff(staff), null) : (null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden));
    }

    private async Task<(ApiCaller?, IResult?)> AuthorizeUnitAsync(HttpContext context, ApiRoute route, CancellationToken cancellationToken)
    {
        if (Token(context.Request) is not { } token)
        {
            return (null, Unauthorized(ProblemCodes.LinkRequired, ApiTexts.LinkRequired));
        }

        var validation = signer.Validate(token);
        if (validation.Failure == UnitLinkFailure.Expired)
        {
            return (null, Unauthorized(ProblemCodes.LinkExpired, ApiTexts.LinkExpired));
        }

        if (!validation.IsValid || validation.Claims is not { } claims)
        {
            return (null, Unauthorized(ProblemCodes.LinkInvalid, ApiTexts.LinkInvalid));
        }

        string id = context.Request.RouteValues["id"]?.ToString() ?? string.Empty;
        if (InspectionIdOf(route.Access.Scope, id) is not { } inspectionId)
        {
            return (null, NotFound(route.Access.Scope, id));
        }

        // A link naming another inspection is refused without a lookup; otherwise the inspection's unit decides.
        if (claims.InspectionId is { } linked && !string.Equals(linked, inspectionId, StringComparison.Ordinal))
        {
            return (null, OtherUnit());
        }

        if (await inspections.GetAsync(inspectionId, cancellationToken) is not { } inspection)
        {
            return (null, NotFound(route.Access.Scope, id));
        }

        if (!string.Equals(claims.UnitId, inspection.Summary.UnitId, StringComparison.Ordinal))
        {
            return (null, OtherUnit());
        }

        return (ApiCaller.ForUnit(claims), null);
    }

    /// <summary>The inspection a route's id names, or null when the id cannot name one.</summary>
    public static string? InspectionIdOf(ApiLinkScope scope, string id) => scope switch
    {
        ApiLinkScope.Inspection => id.Length > 0 ? id : null,
        ApiLinkScope.Remediation => WorkflowInstanceIds.InspectionOfRemediation(id),
        ApiLinkScope.Document => InspectionDocumentIds.TryParse(id, out string? inspectionId, out _, out _) ? inspectionId : null,
        _ => throw new InvalidOperationException("A unit-link route must say which inspection its id names."),
    };

    private static string? Token(HttpRequest request) =>
        request.Query.TryGetValue(TokenParameter, out var values) && values.ToString() is { Length: > 0 } token ? token : null;

    private static IResult NotFound(ApiLinkScope scope, string id) => scope switch
    {
        ApiLinkScope.Remediation => ApiProblems.NotFound(ProblemCodes.RemediationNotFound, ApiTexts.RemediationNotFound(id)),
        ApiLinkScope.Document => ApiProblems.NotFound(ProblemCodes.DocumentNotFound, ApiTexts.DocumentNotFound(id)),
        _ => ApiProblems.NotFound(ProblemCodes.InspectionNotFound, ApiTexts.InspectionNotFound(id)),
    };

    private static IResult OtherUnit() =>
        ApiProblems.WithCode(StatusCodes.Status403Forbidden, ProblemCodes.LinkOtherUnit, ApiTexts.LinkOtherUnit);

    private static IResult Unauthorized(string code, string detail) =>
        ApiProblems.WithCode(StatusCodes.Status401Unauthorized, code, detail);
}

using System.Security.Claims;
using MatTran.Inspections.Links;

namespace MatTran.Api.Routing;

/// <summary>
/// Who is calling, as <see cref="ApiAccessPolicy"/> established it: signed-in staff, an inspected unit with a checked
/// link, or nobody (anonymous routes). Handlers take it as a parameter; it binds only after the policy ran, so a route
/// that somehow skipped the policy fails loudly instead of running unchecked.
/// </summary>
public sealed class ApiCaller
{
    private ApiCaller(ClaimsPrincipal? staff, UnitLinkClaims? unit)
    {
        Staff = staff;
        Unit = unit;
    }

    public static ApiCaller Anonymous { get; } = new(null, null);

    /// <summary>The signed-in staff member, when the caller is staff.</summary>
    public ClaimsPrincipal? Staff { get; }

    /// <summary>The link's claims, when the caller is the inspected unit (already checked against the route).</summary>
    public UnitLinkClaims? Unit { get; }

    /// <summary>What is recorded as the actor: <c>unit:{unitId}</c> for a unit, the user name for staff.</summary>
    public string Actor => Unit is { } unit ? "unit:" + unit.UnitId : Staff?.Identity?.Name ?? string.Empty;

    public static ApiCaller ForStaff(ClaimsPrincipal staff) => new(staff ?? throw new ArgumentNullException(nameof(staff)), null);

    public static ApiCaller ForUnit(UnitLinkClaims unit) => new(null, unit ?? throw new ArgumentNullException(nameof(unit)));

    /// <summary>Minimal-API binding: the caller the policy stored on the request.</summary>
    public static ValueTask<ApiCaller?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult<ApiCaller?>(context.Features.Get<ApiCaller>()
            ?? throw new InvalidOperationException("The route ran without ApiAccessPolicy; every API route must pass through it."));
    }
}

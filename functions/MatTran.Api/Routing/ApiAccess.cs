using MatTran.Api.Auth;

namespace MatTran.Api.Routing;

/// <summary>
/// Who may call one route; <see cref="ApiAccessPolicy"/> enforces it before the handler runs, so no handler checks
/// access itself.
/// </summary>
/// <param name="Role">For <see cref="ApiAccessKind.Role"/>: Planner, Inspector or Supervisor (Admin satisfies each).</param>
/// <param name="Scope">For unit-link routes: which inspection the route's <c>{id}</c> names.</param>
/// <param name="DevelopmentOnly">The route exists only in the Development and Test environments (404 elsewhere).</param>
public sealed record ApiAccess(
    ApiAccessKind Kind,
    string? Role = null,
    ApiLinkScope Scope = ApiLinkScope.None,
    bool DevelopmentOnly = false)
{
    public static ApiAccess Anonymous { get; } = new(ApiAccessKind.Anonymous);

    public static ApiAccess SignedIn { get; } = new(ApiAccessKind.SignedIn);

    public static ApiAccess Planner { get; } = new(ApiAccessKind.Role, MatTranRoles.Planner);

    public static ApiAccess Inspector { get; } = new(ApiAccessKind.Role, MatTranRoles.Inspector);

    public static ApiAccess Supervisor { get; } = new(ApiAccessKind.Role, MatTranRoles.Supervisor);

    /// <summary>Administrators only: what no other role may see, such as the Development mailbox with units' link tokens.</summary>
    public static ApiAccess Admin { get; } = new(ApiAccessKind.Role, MatTranRoles.Admin);

    /// <summary>Staff, or the unit with a link of any purpose for the inspection the route's id names.</summary>
    public static ApiAccess StaffOrUnit(ApiLinkScope scope) => new(ApiAccessKind.StaffOrUnitLink, Scope: scope);

    /// <summary>
    /// The unit only, with any of its links for the inspection the route's id names: whichever email the link came
    /// in, the stage decides what the unit may do (409 otherwise), not the link.
    /// </summary>
    public static ApiAccess Unit(ApiLinkScope scope) => new(ApiAccessKind.UnitLink, Scope: scope);

    public ApiAccess InDevelopmentOnly() => this with { DevelopmentOnly = true };

    /// <summary>The roles that satisfy this access, for the host-agreement test and the docs (empty: no role needed).</summary>
    public IReadOnlyList<string> Roles => Kind switch
    {
        ApiAccessKind.Role when Role == MatTranRoles.Admin => [MatTranRoles.Admin],
        ApiAccessKind.Role => [Role!, MatTranRoles.Admin],
        _ => [],
    };

    public override string ToString() => Kind switch
    {
        ApiAccessKind.Role => Role!,
        ApiAccessKind.UnitLink or ApiAccessKind.StaffOrUnitLink => $"{Kind}({Scope})",
        _ => Kind.ToString(),
    } + (DevelopmentOnly ? " [Development/Test]" : string.Empty);
}

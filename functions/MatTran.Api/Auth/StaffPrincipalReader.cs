using System.Security.Claims;
using System.Text.Json;

namespace MatTran.Api.Auth;

/// <summary>
/// Reads who a staff caller is: the principal App Service Authentication / Static Web Apps put in
/// <c>X-MS-CLIENT-PRINCIPAL</c> (the platform strips that header from incoming requests and sets it only after sign-in,
/// which is why trusting it is safe behind it, and why the app must not be exposed any other way in production), and in
/// Development/Test the demo header <c>X-MatTran-User</c>. Roles are normalised to <see cref="MatTranRoles"/>' names.
/// </summary>
public static class StaffPrincipalReader
{
    public const string ClientPrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    public const string DemoUserHeader = "X-MatTran-User";
    public const string ClientPrincipalScheme = "AppServiceAuthentication";
    public const string DemoUserScheme = "DevelopmentUser";

    // Entra ID emits app roles as "roles"; the principal's role_typ usually names the long URI form instead.
    private const string EntraRolesClaim = "roles";

    private static readonly string[] KnownRoles = [MatTranRoles.Planner, MatTranRoles.Inspector, MatTranRoles.Supervisor, MatTranRoles.Admin];

    /// <summary>The app roles, in the order pages list them.</summary>
    public static IReadOnlyList<string> Roles => KnownRoles;

    /// <summary>The Development/Test demo users (header value → role), one per role.</summary>
    public static IReadOnlyDictionary<string, string> DemoUsers => RoleByDemoUser;

    private static readonly Dictionary<string, string> RoleByDemoUser = new(StringComparer.OrdinalIgnoreCase)
    {
        ["planner"] = MatTranRoles.Planner,
        ["inspector"] = MatTranRoles.Inspector,
        ["supervisor"] = MatTranRoles.Supervisor,
        ["admin"] = MatTranRoles.Admin,
    };

    /// <summary>
    /// The signed-in staff member, or null: no header (<paramref name="invalid"/> false), or a header that does not
    /// name a user (unreadable principal, no claims, unknown demo user: <paramref name="invalid"/> true).
    /// </summary>
    /// <param name="demoUsers">Whether <c>X-MatTran-User</c> counts (Development and Test only); elsewhere it is ignored.</param>
    public static ClaimsPrincipal? Read(HttpRequest request, bool demoUsers, out bool invalid)
    {
        ArgumentNullException.ThrowIfNull(request);
        invalid = false;
        if (demoUsers && request.Headers[DemoUserHeader].ToString() is { Length: > 0 } demoUser)
        {
            return ReadDemoUser(demoUser.Trim(), ref invalid);
        }

        return request.Headers[ClientPrincipalHeader].ToString() is { Length: > 0 } header ? ReadClientPrincipal(header, ref invalid) : null;
    }

    private static ClaimsPrincipal? ReadDemoUser(string user, ref bool invalid)
    {
        if (!RoleByDemoUser.TryGetValue(user, out string? role))
        {
            invalid = true;
            return null;
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.ToLowerInvariant()), new Claim(ClaimTypes.Role, role)], DemoUserScheme);
        return new ClaimsPrincipal(identity);
    }

    private static ClaimsPrincipal? ReadClientPrincipal(string header, ref bool invalid)
    {
        ClientPrincipal? principal;
        try
        {
            principal = JsonSerializer.Deserialize<ClientPrincipal>(Convert.FromBase64String(header));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            invalid = true;
            return null;
        }

        var claims = principal?.Claims?.Where(c => c.Type is not null && c.Value is not null).ToList() ?? [];
        if (principal is null || (claims.Count == 0 && string.IsNullOrEmpty(principal.UserId) && string.IsNullOrEmpty(principal.UserDetails)))
        {
            invalid = true;
            return null;
        }

        string nameType = principal.NameClaimType ?? ClaimTypes.Name;
        string roleType = principal.RoleClaimType ?? ClaimTypes.Role;
        var identity = new ClaimsIdentity(principal.AuthenticationType ?? principal.IdentityProvider ?? ClientPrincipalScheme, ClaimTypes.Name, ClaimTypes.Role);
        foreach (var claim in claims)
        {
            if (claim.Type == roleType || claim.Type == EntraRolesClaim || claim.Type == ClaimTypes.Role)
            {
                AddRole(identity, claim.Value!);
            }
            else
            {
                identity.AddClaim(new Claim(claim.Type == nameType ? ClaimTypes.Name : claim.Type!, claim.Value!));
            }
        }

        foreach (string role in principal.UserRoles ?? [])
        {
            AddRole(identity, role);
        }

        if (identity.Name is null && (principal.UserDetails ?? principal.UserId) is { Length: > 0 } name)
        {
            identity.AddClaim(new Claim(ClaimTypes.Name, name));
        }

        return new ClaimsPrincipal(identity);
    }

    /// <summary>App roles by their canonical names (Static Web Apps lower-cases role names); other roles kept as sent.</summary>
    private static void AddRole(ClaimsIdentity identity, string role)
    {
        string name = KnownRoles.FirstOrDefault(r => r.Equals(role, StringComparison.OrdinalIgnoreCase)) ?? role;
        if (!identity.HasClaim(ClaimTypes.Role, name))
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, name));
        }
    }
}

using Microsoft.AspNetCore.Authorization;

namespace MatTran.Api.Auth;

/// <summary>
/// One authorization policy per role. Admin satisfies every policy, so an administrator never needs a second role
/// just to reach a page.
/// </summary>
public static class MatTranPolicies
{
    public const string SignedIn = nameof(SignedIn);
    public const string Planner = MatTranRoles.Planner;
    public const string Inspector = MatTranRoles.Inspector;
    public const string Supervisor = MatTranRoles.Supervisor;
    public const string Admin = MatTranRoles.Admin;

    public static AuthorizationBuilder AddMatTranPolicies(this AuthorizationBuilder authorization)
    {
        authorization.AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser());
        foreach (string role in new[] { MatTranRoles.Planner, MatTranRoles.Inspector, MatTranRoles.Supervisor })
        {
            authorization.AddPolicy(role, policy => policy.RequireAuthenticatedUser().RequireRole(role, MatTranRoles.Admin));
        }

        authorization.AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole(MatTranRoles.Admin));

        // An endpoint mapped without a policy is still closed to anonymous callers; open ones say AllowAnonymous.
        authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return authorization;
    }
}

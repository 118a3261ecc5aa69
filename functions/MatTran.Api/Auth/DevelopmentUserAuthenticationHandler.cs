using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MatTran.Api.Auth;

/// <summary>
/// Development and Test only: the caller names a demo user in <c>X-MatTran-User</c> (planner, inspector, supervisor,
/// admin). Registered only in those environments by <see cref="AuthenticationExtensions"/>, so the header means nothing
/// anywhere else.
/// </summary>
public sealed class DevelopmentUserAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DevelopmentUser";
    public const string HeaderName = "X-MatTran-User";

    private static readonly Dictionary<string, string> RoleByUser = new(StringComparer.OrdinalIgnoreCase)
    {
        ["planner"] = MatTranRoles.Planner,
        ["inspector"] = MatTranRoles.Inspector,
        ["supervisor"] = MatTranRoles.Supervisor,
        ["admin"] = MatTranRoles.Admin,
    };

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? user = Request.Headers[HeaderName];
        if (string.IsNullOrEmpty(user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!RoleByUser.TryGetValue(user.Trim(), out string? role))
        {
            return Task.FromResult(AuthenticateResult.Fail($"Unknown demo user in {HeaderName}."));
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Trim().ToLowerInvariant()), new Claim(ClaimTypes.Role, role)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

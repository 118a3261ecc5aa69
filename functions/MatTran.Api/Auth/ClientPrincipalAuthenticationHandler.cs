using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MatTran.Api.Auth;

/// <summary>
/// Reads the principal App Service Authentication (Entra ID) puts in <c>X-MS-CLIENT-PRINCIPAL</c>. The platform strips
/// that header from incoming requests and sets it only after signing the user in, which is why trusting it is safe
/// behind App Service and why the app must not be exposed any other way in production.
/// </summary>
public sealed class ClientPrincipalAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AppServiceAuthentication";
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    // Entra ID emits app roles as "roles"; the principal's role_typ usually names the long URI form instead.
    private const string EntraRolesClaim = "roles";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers[HeaderName];
        if (string.IsNullOrEmpty(header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        ClientPrincipal? principal;
        try
        {
            principal = JsonSerializer.Deserialize<ClientPrincipal>(Convert.FromBase64String(header));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return Task.FromResult(AuthenticateResult.Fail($"{HeaderName} is not base64-encoded JSON."));
        }

        if (principal?.Claims is not { Count: > 0 } claims)
        {
            return Task.FromResult(AuthenticateResult.Fail($"{HeaderName} carries no claims."));
        }

        string nameType = principal.NameClaimType ?? ClaimTypes.Name;
        string roleType = principal.RoleClaimType ?? ClaimTypes.Role;
        var identity = new ClaimsIdentity(principal.AuthenticationType ?? SchemeName, nameType, ClaimTypes.Role);
        foreach (var claim in claims.Where(c => c.Type is not null && c.Value is not null))
        {
            bool isRole = claim.Type == roleType || claim.Type == EntraRolesClaim || claim.Type == ClaimTypes.Role;
            identity.AddClaim(new Claim(isRole ? ClaimTypes.Role : claim.Type!, claim.Value!));
        }

        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

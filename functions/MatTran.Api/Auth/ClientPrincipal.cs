using System.Text.Json.Serialization;

namespace MatTran.Api.Auth;

/// <summary>
/// The decoded <c>X-MS-CLIENT-PRINCIPAL</c> header (base64 JSON). App Service Authentication writes
/// <c>auth_typ</c>/<c>name_typ</c>/<c>role_typ</c>/<c>claims</c>; Static Web Apps writes
/// <c>identityProvider</c>/<c>userId</c>/<c>userDetails</c>/<c>userRoles</c>. Either or both may be present.
/// </summary>
public sealed record ClientPrincipal(
    [property: JsonPropertyName("auth_typ")] string? AuthenticationType,
    [property: JsonPropertyName("name_typ")] string? NameClaimType,
    [property: JsonPropertyName("role_typ")] string? RoleClaimType,
    [property: JsonPropertyName("claims")] IReadOnlyList<ClientPrincipalClaim>? Claims,
    [property: JsonPropertyName("identityProvider")] string? IdentityProvider = null,
    [property: JsonPropertyName("userId")] string? UserId = null,
    [property: JsonPropertyName("userDetails")] string? UserDetails = null,
    [property: JsonPropertyName("userRoles")] IReadOnlyList<string>? UserRoles = null);

using System.Text.Json.Serialization;

namespace MatTran.Api.Auth;

/// <summary>The decoded <c>X-MS-CLIENT-PRINCIPAL</c> header (base64 JSON) that App Service Authentication adds.</summary>
public sealed record ClientPrincipal(
    [property: JsonPropertyName("auth_typ")] string? AuthenticationType,
    [property: JsonPropertyName("name_typ")] string? NameClaimType,
    [property: JsonPropertyName("role_typ")] string? RoleClaimType,
    [property: JsonPropertyName("claims")] IReadOnlyList<ClientPrincipalClaim>? Claims);

using System.Text.Json.Serialization;

namespace MatTran.Api.Auth;

/// <summary>One claim as App Service Authentication serialises it in <c>X-MS-CLIENT-PRINCIPAL</c>.</summary>
public sealed record ClientPrincipalClaim(
    [property: JsonPropertyName("typ")] string? Type,
    [property: JsonPropertyName("val")] string? Value);

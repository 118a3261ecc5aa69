using System.Text.Json.Serialization;

namespace MatTran.Inspections.Links;

/// <summary>The JSON inside a token. Short property names keep links short enough for email clients.</summary>
internal sealed record UnitLinkPayload(
    [property: JsonPropertyName("u")] string UnitId,
    [property: JsonPropertyName("i")] string? InspectionId,
    [property: JsonPropertyName("e")] long ExpiresAtUnixSeconds,
    [property: JsonPropertyName("p")] string Purpose);

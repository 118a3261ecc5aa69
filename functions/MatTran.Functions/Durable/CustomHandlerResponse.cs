using System.Text.Json.Serialization;

namespace MatTran.Functions.Durable;

/// <summary>
/// The custom-handler answer the Functions host expects: output bindings by name (none here), lines for the function's
/// log, and the function's return value. Property names are PascalCase on the wire, unlike the rest of the API.
/// </summary>
public sealed class CustomHandlerResponse
{
    [JsonPropertyName("Outputs")]
    public Dictionary<string, object?> Outputs { get; init; } = [];

    [JsonPropertyName("Logs")]
    public IReadOnlyList<string> Logs { get; init; } = [];

    [JsonPropertyName("ReturnValue")]
    public object? ReturnValue { get; init; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace MatTran.Functions.Durable;

/// <summary>
/// What the Azure Functions host POSTs to a custom handler for a non-HTTP trigger: the trigger's value under its binding
/// name in <c>Data</c> (a queue message arrives as a JSON string), and trigger metadata (dequeue count, ids…) in <c>Metadata</c>.
/// </summary>
public sealed class CustomHandlerRequest
{
    [JsonPropertyName("Data")]
    public Dictionary<string, JsonElement>? Data { get; init; }

    [JsonPropertyName("Metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; init; }
}

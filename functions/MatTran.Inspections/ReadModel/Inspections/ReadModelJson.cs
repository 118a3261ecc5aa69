using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>
/// How records are kept as JSON in table properties: enums by name, so a reordered enum cannot change what stored
/// rows mean, and rows stay readable in Storage Explorer.
/// </summary>
internal static class ReadModelJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"Stored JSON is not a {typeof(T).Name}.");

    public static T? ReadOptional<T>(string? json)
        where T : class =>
        string.IsNullOrEmpty(json) ? null : Read<T>(json);
}

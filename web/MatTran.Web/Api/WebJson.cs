using System.Text.Json;
using System.Text.Json.Serialization;

namespace MatTran.Web.Api;

/// <summary>The API's JSON: camelCase, enums as their names, dates as yyyy-MM-dd (docs/api.md).</summary>
public static class WebJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}

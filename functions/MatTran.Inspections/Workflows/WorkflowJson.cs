using System.Text.Json;
using System.Text.Json.Serialization;

namespace MatTran.Inspections.Workflows;

/// <summary>
/// The JSON of every durable payload (inputs, outputs, events, custom status): web defaults (camelCase names,
/// case-insensitive reads), enums as their names and only as their names (a number is refused, so a reordered enum can
/// never change what a stored payload means). Both hosts give the engine
/// <c>new JsonDataConverter(WorkflowJson.Options)</c>, so history written by one reads in the other.
/// </summary>
public static class WorkflowJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

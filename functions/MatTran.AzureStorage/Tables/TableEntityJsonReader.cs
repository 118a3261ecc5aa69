using System.Globalization;
using System.Text.Json;

namespace MatTran.AzureStorage.Tables;

/// <summary>
/// Reads one entity of a JSON response into typed CLR values, using the <c>@odata.type</c> annotations
/// (Int64, DateTime, Guid, Binary, Double); unannotated numbers are Int32 when they fit, else double.
/// </summary>
internal static class TableEntityJsonReader
{
    public static Dictionary<string, object?> Read(JsonElement entity)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entity.EnumerateObject())
        {
            string name = property.Name;
            if (name == TableEntity.ETagKey)
            {
                values[name] = property.Value.GetString();
                continue;
            }

            if (name.StartsWith("odata.", StringComparison.Ordinal) ||
                name.EndsWith(TableEdm.TypeAnnotationSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            string? edmType = entity.TryGetProperty(name + TableEdm.TypeAnnotationSuffix, out var annotation)
                ? annotation.GetString()
                : name == nameof(ITableEntity.Timestamp) ? TableEdm.DateTime : null;
            values[name] = ReadValue(property.Value, edmType);
        }

        return values;
    }

    private static object? ReadValue(JsonElement value, string? edmType) => edmType switch
    {
        _ when value.ValueKind == JsonValueKind.Null => null,
        TableEdm.Int64 => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        TableEdm.DateTime => TableEdm.ParseDateTime(value.GetString()!),
        TableEdm.Guid => Guid.Parse(value.GetString()!),
        TableEdm.Binary => value.GetBytesFromBase64(),
        TableEdm.Double => value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : value.GetDouble(),
        _ => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            // A number written with a fraction or exponent ("5.0") is a double even when integral; the cast keeps Int32 boxed as int.
            JsonValueKind.Number => value.TryGetInt32(out int i) ? (object)i : value.GetDouble(),
            _ => throw new FormatException($"Unexpected JSON {value.ValueKind} in a table entity."),
        },
    };
}

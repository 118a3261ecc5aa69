using System.Text.Json;

namespace MatTran.AzureStorage.Tables;

/// <summary>
/// Writes entity properties as the Table service's JSON: values whose type JSON cannot carry get an
/// <c>@odata.type</c> annotation (Int64 as a string, DateTime, Guid, Binary as base64, Double always, so that 5.0
/// is stored as a double and not as an Int32).
/// </summary>
internal static class TableEntityJsonWriter
{
    public static byte[] Write(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                if (value is null || IsReadOnlySystemProperty(name))
                {
                    continue;
                }

                WriteProperty(json, name, value);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static bool IsReadOnlySystemProperty(string name) =>
        name is nameof(ITableEntity.Timestamp) or TableEntity.ETagKey ||
        name.EndsWith(TableEdm.TypeAnnotationSuffix, StringComparison.Ordinal);

    private static void WriteProperty(Utf8JsonWriter json, string name, object value)
    {
        switch (value)
        {
            case string s:
                json.WriteString(name, s);
                break;
            case bool b:
                json.WriteBoolean(name, b);
                break;
            case int i:
                json.WriteNumber(name, i);
                break;
            case long l:
                Annotate(json, name, TableEdm.Int64);
                json.WriteString(name, l.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case double d:
                Annotate(json, name, TableEdm.Double);
                if (double.IsFinite(d))
                {
                    json.WriteNumber(name, d);
                }
                else
                {
                    json.WriteString(name, TableEdm.FormatDouble(d));
                }

                break;
            case DateTimeOffset dto:
                Annotate(json, name, TableEdm.DateTime);
                json.WriteString(name, TableEdm.FormatDateTime(dto));
                break;
            case DateTime dt:
                Annotate(json, name, TableEdm.DateTime);
                json.WriteString(name, TableEdm.FormatDateTime(dt));
                break;
            case Guid g:
                Annotate(json, name, TableEdm.Guid);
                json.WriteString(name, g.ToString("D"));
                break;
            case byte[] bytes:
                Annotate(json, name, TableEdm.Binary);
                json.WriteBase64String(name, bytes);
                break;
            case BinaryData data:
                Annotate(json, name, TableEdm.Binary);
                json.WriteBase64String(name, data.ToMemory().Span);
                break;
            case Enum e:
                json.WriteString(name, e.ToString());
                break;
            default:
                throw new NotSupportedException(
                    $"Property '{name}' has type {value.GetType().Name}, which the Table service cannot store.");
        }
    }

    private static void Annotate(Utf8JsonWriter json, string name, string edmType) =>
        json.WriteString(name + TableEdm.TypeAnnotationSuffix, edmType);
}

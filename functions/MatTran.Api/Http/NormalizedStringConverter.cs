using System.Text.Json;
using System.Text.Json.Serialization;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Http;

/// <summary>
/// Every JSON string a request body holds, read as the product stores text: in normalisation form C
/// (<see cref="TextRules.Normalize"/>), so a decomposed "Tiếng" pasted from a PDF is kept as the letters it shows. A
/// string whose escapes spell no valid UTF-16 (a lone <c>\ud800</c>) is unreadable JSON (400), not a server error.
/// </summary>
public sealed class NormalizedStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, found {reader.TokenType}.");
        }

        try
        {
            return TextRules.Normalize(reader.GetString());
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException("The string is not valid UTF-16.", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}

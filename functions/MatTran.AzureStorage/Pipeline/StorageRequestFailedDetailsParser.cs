using System.Text.Json;
using System.Xml.Linq;
using Azure;
using Azure.Core;

namespace MatTran.AzureStorage.Pipeline;

/// <summary>
/// Reads the storage error code so that <see cref="RequestFailedException.ErrorCode"/> carries it:
/// the <c>x-ms-error-code</c> header, else the XML <c>&lt;Error&gt;&lt;Code&gt;</c> body (Blob/Queue),
/// else the JSON <c>odata.error</c> body (Table).
/// </summary>
internal sealed class StorageRequestFailedDetailsParser : RequestFailedDetailsParser
{
    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        string? code = response.Headers.TryGetValue("x-ms-error-code", out var headerCode) ? headerCode : null;
        string? message = null;
        var body = response.Content;
        if (body is not null && body.ToMemory().Length > 0)
        {
            (string? bodyCode, message) = ParseBody(body);
            code ??= bodyCode;
        }

        error = code is null && message is null ? null : new ResponseError(code, message ?? response.ReasonPhrase);
        return error is not null;
    }

    private static (string? Code, string? Message) ParseBody(BinaryData body)
    {
        var span = body.ToMemory().Span;
        try
        {
            if (span[0] == (byte)'{')
            {
                using var doc = JsonDocument.Parse(body.ToMemory());
                if (doc.RootElement.TryGetProperty("odata.error", out var odata) ||
                    doc.RootElement.TryGetProperty("error", out odata))
                {
                    string? code = odata.TryGetProperty("code", out var c) ? c.GetString() : null;
                    string? message = odata.TryGetProperty("message", out var m)
                        ? m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString()
                        : null;
                    return (code, message);
                }
            }
            else if (span[0] == (byte)'<' || (span.Length > 3 && span[3] == (byte)'<'))
            {
                var xml = XDocument.Parse(body.ToString());
                return (xml.Root?.Element("Code")?.Value, xml.Root?.Element("Message")?.Value);
            }
        }
        catch (Exception e) when (e is JsonException or System.Xml.XmlException)
        {
            // A body that is not the documented error shape keeps the status as the only detail.
            return (null, null);
        }

        return (null, null);
    }
}

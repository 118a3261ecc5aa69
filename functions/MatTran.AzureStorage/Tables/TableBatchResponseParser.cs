using System.Globalization;
using System.Text;
using Azure;
using Azure.Core;

namespace MatTran.AzureStorage.Tables;

/// <summary>
/// Splits a <c>$batch</c> response (<c>multipart/mixed</c>, a changeset response nested inside) into one
/// <see cref="Response"/> per <c>application/http</c> part, in order. On failure the service sends a single part:
/// the failing operation's error.
/// </summary>
internal static class TableBatchResponseParser
{
    private const string HeaderBreak = "\r\n\r\n";

    public static List<Response> Parse(Response batchResponse)
    {
        if (!batchResponse.Headers.ContentType?.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase) ?? true)
        {
            throw new RequestFailedException(batchResponse.Status,
                $"The $batch response has content type '{batchResponse.Headers.ContentType}', not multipart/mixed.");
        }

        string body = batchResponse.Content.ToString();
        var parts = new List<Response>();
        ParseMultipart(body, Boundary(batchResponse.Headers.ContentType!), batchResponse.ClientRequestId, parts);
        return parts;
    }

    private static void ParseMultipart(string body, string boundary, string clientRequestId, List<Response> parts)
    {
        string delimiter = "--" + boundary;
        foreach (string rawPart in body.Split(delimiter, StringSplitOptions.None).Skip(1))
        {
            if (rawPart.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            string part = rawPart.TrimStart('\r', '\n');
            int headerEnd = part.IndexOf(HeaderBreak, StringComparison.Ordinal);
            if (headerEnd < 0)
            {
                continue;
            }

            var mimeHeaders = ParseHeaders(part[..headerEnd]);
            string content = part[(headerEnd + HeaderBreak.Length)..];
            string contentType = mimeHeaders.FirstOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value ?? string.Empty;
            if (contentType.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            {
                ParseMultipart(content, Boundary(contentType), clientRequestId, parts);
            }
            else
            {
                parts.Add(ParseHttpResponse(content, clientRequestId));
            }
        }
    }

    private static TableTransactionResponse ParseHttpResponse(string content, string clientRequestId)
    {
        int headerEnd = content.IndexOf(HeaderBreak, StringComparison.Ordinal);
        string head = headerEnd < 0 ? content.TrimEnd() : content[..headerEnd];
        string payload = headerEnd < 0 ? string.Empty : content[(headerEnd + HeaderBreak.Length)..].TrimEnd('\r', '\n');
        int lineEnd = head.IndexOf("\r\n", StringComparison.Ordinal);
        string statusLine = lineEnd < 0 ? head : head[..lineEnd];

        // "HTTP/1.1 204 No Content"
        string[] status = statusLine.Split(' ', 3);
        if (status.Length < 2 || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out int code))
        {
            throw new FormatException($"The $batch response part does not start with an HTTP status line: '{statusLine}'.");
        }

        var headers = lineEnd < 0 ? [] : ParseHeaders(head[(lineEnd + 2)..]);
        return new TableTransactionResponse(
            code, status.Length > 2 ? status[2] : string.Empty, headers, Encoding.UTF8.GetBytes(payload), clientRequestId);
    }

    private static List<HttpHeader> ParseHeaders(string block)
    {
        var headers = new List<HttpHeader>();
        foreach (string line in block.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.Add(new HttpHeader(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        return headers;
    }

    private static string Boundary(string contentType)
    {
        foreach (string parameter in contentType.Split(';', StringSplitOptions.TrimEntries))
        {
            if (parameter.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))
            {
                return parameter["boundary=".Length..].Trim('"');
            }
        }

        throw new FormatException($"Content type '{contentType}' has no multipart boundary.");
    }
}

using System.Globalization;
using System.Text;
using Azure.Core;

namespace MatTran.AzureStorage.Pipeline;

/// <summary>
/// Builds the strings that SharedKey signs, following "Authorize with Shared Key" in the Azure Storage REST docs.
/// Blob and Queue share one canonical form; Table has its own, shorter one.
/// </summary>
internal static class SharedKeyCanonicalizer
{
    /// <summary>Blob/Queue string-to-sign for service version 2015-02-21 or later.</summary>
    public static string BlobQueueStringToSign(
        string method, Uri uri, IReadOnlyDictionary<string, string> headers, long? contentLength, string accountName)
    {
        string Header(string name) => headers.TryGetValue(name, out var v) ? v : string.Empty;

        // Since 2015-02-21 a zero Content-Length is signed as the empty string.
        string length = contentLength is > 0 ? contentLength.Value.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var sb = new StringBuilder();
        sb.Append(method.ToUpperInvariant()).Append('\n')
          .Append(Header("Content-Encoding")).Append('\n')
          .Append(Header("Content-Language")).Append('\n')
          .Append(length).Append('\n')
          .Append(Header("Content-MD5")).Append('\n')
          .Append(Header("Content-Type")).Append('\n')
          .Append(headers.ContainsKey("x-ms-date") ? string.Empty : Header("Date")).Append('\n')
          .Append(Header("If-Modified-Since")).Append('\n')
          .Append(Header("If-Match")).Append('\n')
          .Append(Header("If-None-Match")).Append('\n')
          .Append(Header("If-Unmodified-Since")).Append('\n')
          .Append(Header("Range")).Append('\n');
        AppendCanonicalizedHeaders(sb, headers);
        AppendCanonicalizedResource(sb, uri, accountName);
        return sb.ToString();
    }

    /// <summary>Table string-to-sign (SharedKey, not SharedKeyLite): VERB, Content-MD5, Content-Type, Date, resource.</summary>
    public static string TableStringToSign(string method, Uri uri, IReadOnlyDictionary<string, string> headers, string accountName)
    {
        string Header(string name) => headers.TryGetValue(name, out var v) ? v : string.Empty;
        string date = headers.TryGetValue("x-ms-date", out var msDate) ? msDate : Header("Date");
        var sb = new StringBuilder();
        sb.Append(method.ToUpperInvariant()).Append('\n')
          .Append(Header("Content-MD5")).Append('\n')
          .Append(Header("Content-Type")).Append('\n')
          .Append(date).Append('\n')
          .Append('/').Append(accountName).Append(uri.AbsolutePath);

        // Only the comp parameter is part of the Table canonicalized resource.
        foreach (var (name, values) in ParseQuery(uri.Query))
        {
            if (name == "comp")
            {
                sb.Append("?comp=").Append(string.Join(',', values));
            }
        }

        return sb.ToString();
    }

    /// <summary>Request headers as a case-insensitive map, multiple values joined with commas.</summary>
    public static IReadOnlyDictionary<string, string> HeaderMap(Request request)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (HttpHeader header in request.Headers)
        {
            map[header.Name] = header.Value;
        }

        return map;
    }

    private static void AppendCanonicalizedHeaders(StringBuilder sb, IReadOnlyDictionary<string, string> headers)
    {
        foreach (var (name, value) in headers
                     .Where(h => h.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
                     .Select(h => (Name: h.Key.ToLowerInvariant(), Value: h.Value))
                     .OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            sb.Append(name).Append(':').Append(UnfoldWhitespace(value)).Append('\n');
        }
    }

    private static void AppendCanonicalizedResource(StringBuilder sb, Uri uri, string accountName)
    {
        sb.Append('/').Append(accountName).Append(uri.AbsolutePath.Length == 0 ? "/" : uri.AbsolutePath);
        foreach (var (name, values) in ParseQuery(uri.Query).OrderBy(q => q.Name, StringComparer.Ordinal))
        {
            values.Sort(StringComparer.Ordinal);
            sb.Append('\n').Append(name).Append(':').Append(string.Join(',', values));
        }
    }

    /// <summary>Query parameters with lower-cased, decoded names and decoded values, grouped by name.</summary>
    private static List<(string Name, List<string> Values)> ParseQuery(string query)
    {
        var result = new List<(string Name, List<string> Values)>();
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            string name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]).ToLowerInvariant();
            string value = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            int existing = result.FindIndex(r => r.Name == name);
            if (existing >= 0)
            {
                result[existing].Values.Add(value);
            }
            else
            {
                result.Add((name, [value]));
            }
        }

        return result;
    }

    // Header values are signed with folded whitespace collapsed to single spaces.
    private static string UnfoldWhitespace(string value)
    {
        var sb = new StringBuilder(value.Length);
        bool lastWasSpace = false;
        foreach (char c in value.Trim())
        {
            bool isSpace = c is ' ' or '\t' or '\r' or '\n';
            if (isSpace && lastWasSpace)
            {
                continue;
            }

            sb.Append(isSpace ? ' ' : c);
            lastWasSpace = isSpace;
        }

        return sb.ToString();
    }
}

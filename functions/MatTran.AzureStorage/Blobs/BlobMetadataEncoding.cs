using System.Text;
using Azure;
using Azure.Core;

namespace MatTran.AzureStorage.Blobs;

/// <summary>
/// Metadata travels as <c>x-ms-meta-*</c> HTTP headers, whose values must be printable ASCII. Vietnamese values
/// (file names, uploader names) are therefore sent as an RFC 2047 "encoded word": <c>=?utf-8?B?&lt;base64 of UTF-8&gt;?=</c>.
/// Values that are plain printable ASCII without surrounding spaces are sent as they are, so ordinary metadata
/// stays readable in Storage Explorer. An ASCII value that itself looks like an encoded word is encoded too,
/// which keeps decoding unambiguous. Reads (headers and listings) decode transparently.
/// </summary>
internal static class BlobMetadataEncoding
{
    public const string HeaderPrefix = "x-ms-meta-";
    private const string EncodedPrefix = "=?utf-8?B?";
    private const string EncodedSuffix = "?=";

    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return NeedsEncoding(value)
            ? EncodedPrefix + Convert.ToBase64String(Encoding.UTF8.GetBytes(value)) + EncodedSuffix
            : value;
    }

    public static string Decode(string value)
    {
        if (value.Length >= EncodedPrefix.Length + EncodedSuffix.Length &&
            value.StartsWith(EncodedPrefix, StringComparison.OrdinalIgnoreCase) &&
            value.EndsWith(EncodedSuffix, StringComparison.Ordinal))
        {
            string payload = value[EncodedPrefix.Length..^EncodedSuffix.Length];
            var bytes = new byte[payload.Length];
            if (Convert.TryFromBase64String(payload, bytes, out int written))
            {
                return Encoding.UTF8.GetString(bytes, 0, written);
            }
        }

        return value;
    }

    public static void AddHeaders(Request request, IDictionary<string, string>? metadata)
    {
        if (metadata is null)
        {
            return;
        }

        foreach (var (name, value) in metadata)
        {
            request.Headers.Add(HeaderPrefix + name, Encode(value));
        }
    }

    /// <summary>Metadata from the <c>x-ms-meta-*</c> response headers, names without the prefix, values decoded.</summary>
    public static IDictionary<string, string> FromHeaders(Response response)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (HttpHeader header in response.Headers)
        {
            if (header.Name.StartsWith(HeaderPrefix, StringComparison.OrdinalIgnoreCase))
            {
                metadata[header.Name[HeaderPrefix.Length..]] = Decode(header.Value);
            }
        }

        return metadata;
    }

    private static bool NeedsEncoding(string value)
    {
        if (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '))
        {
            return true;
        }

        foreach (char c in value)
        {
            if (c is < ' ' or > '~')
            {
                return true;
            }
        }

        return value.StartsWith(EncodedPrefix, StringComparison.OrdinalIgnoreCase);
    }
}

using System.Text;

namespace MatTran.Inspections.Documents.Storage;

/// <summary>
/// Adapter between our metadata values and what blob metadata can carry. Metadata travels as <c>x-ms-meta-*</c> HTTP
/// headers, which hold only printable ASCII, and Azure.Storage.Blobs sends values as given (HttpClient refuses
/// anything else). Our values include Vietnamese file and person names, so such values are written as an RFC 2047
/// encoded word, <c>=?utf-8?B?&lt;base64 of the UTF-8 bytes&gt;?=</c>, and every read decodes them.
/// <para>
/// Printable ASCII without surrounding spaces is written unchanged, so ordinary values stay readable in Storage
/// Explorer. An ASCII value that itself starts like an encoded word is encoded too, so decoding is unambiguous. This is
/// the same form the project's documents have always been stored with.
/// </para>
/// </summary>
public static class BlobMetadataEncoding
{
    private const string EncodedPrefix = "=?utf-8?B?";
    private const string EncodedSuffix = "?=";

    /// <summary>The metadata as it may be sent: each value encoded when it needs to be.</summary>
    public static IDictionary<string, string> Encode(IDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.ToDictionary(pair => pair.Key, pair => EncodeValue(pair.Value), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Metadata as read from the service (download details, properties, listings), every value decoded.</summary>
    public static IDictionary<string, string> Decode(IDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.ToDictionary(pair => pair.Key, pair => DecodeValue(pair.Value), StringComparer.OrdinalIgnoreCase);
    }

    public static string EncodeValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return NeedsEncoding(value)
            ? EncodedPrefix + Convert.ToBase64String(Encoding.UTF8.GetBytes(value)) + EncodedSuffix
            : value;
    }

    /// <summary>The original value; anything that is not an encoded word (written by another tool) is returned as it is.</summary>
    public static string DecodeValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
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

    private static bool NeedsEncoding(string value)
    {
        // Header values lose surrounding whitespace on the way, so padded values must be protected as well.
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

using System.Globalization;
using System.Xml.Linq;
using Azure;

namespace MatTran.AzureStorage.Blobs;

/// <summary>Parses the <c>EnumerationResults</c> body of List Blobs (flat listing, include=metadata).</summary>
internal static class BlobListXml
{
    public static (List<BlobItem> Items, string? NextMarker) Parse(BinaryData body)
    {
        var root = XDocument.Parse(body.ToString()).Root
            ?? throw new FormatException("List Blobs returned an empty body.");
        var items = new List<BlobItem>();
        foreach (var blob in root.Element("Blobs")?.Elements("Blob") ?? [])
        {
            items.Add(new BlobItem(Name(blob.Element("Name")), Properties(blob.Element("Properties")), Metadata(blob.Element("Metadata"))));
        }

        string? next = root.Element("NextMarker")?.Value;
        return (items, string.IsNullOrEmpty(next) ? null : next);
    }

    // Names with characters XML cannot carry come back percent-encoded and flagged Encoded="true".
    private static string Name(XElement? name)
    {
        if (name is null)
        {
            throw new FormatException("List Blobs returned a blob without a name.");
        }

        return (string?)name.Attribute("Encoded") == "true" ? Uri.UnescapeDataString(name.Value) : name.Value;
    }

    private static BlobItemProperties Properties(XElement? properties)
    {
        string? Value(string name) => properties?.Element(name)?.Value is { Length: > 0 } v ? v : null;
        return new BlobItemProperties(
            Value("Content-Length") is { } length ? long.Parse(length, CultureInfo.InvariantCulture) : null,
            Value("Content-Type"),
            Value("Etag") is { } etag ? new ETag(etag) : null,
            Value("Last-Modified") is { } modified ? BlobResponseHeaders.ParseHttpDate(modified) : null);
    }

    private static IDictionary<string, string> Metadata(XElement? metadata)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in metadata?.Elements() ?? [])
        {
            result[entry.Name.LocalName] = BlobMetadataEncoding.Decode(entry.Value);
        }

        return result;
    }
}

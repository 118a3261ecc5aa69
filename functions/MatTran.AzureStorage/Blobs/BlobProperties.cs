using Azure;

namespace MatTran.AzureStorage.Blobs;

/// <summary>A blob's system properties and metadata, as returned by Get Blob Properties.</summary>
public sealed class BlobProperties
{
    internal BlobProperties(
        string? contentType, long contentLength, ETag eTag, DateTimeOffset lastModified, IDictionary<string, string> metadata)
    {
        ContentType = contentType;
        ContentLength = contentLength;
        ETag = eTag;
        LastModified = lastModified;
        Metadata = metadata;
    }

    public string? ContentType { get; }

    public long ContentLength { get; }

    public ETag ETag { get; }

    public DateTimeOffset LastModified { get; }

    /// <summary>Metadata with decoded values; names compare case-insensitively, as the service treats them.</summary>
    public IDictionary<string, string> Metadata { get; }
}

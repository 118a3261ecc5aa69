using Azure;

namespace MatTran.AzureStorage.Blobs;

/// <summary>The properties a container listing reports for each blob.</summary>
public sealed class BlobItemProperties
{
    internal BlobItemProperties(long? contentLength, string? contentType, ETag? eTag, DateTimeOffset? lastModified)
    {
        ContentLength = contentLength;
        ContentType = contentType;
        ETag = eTag;
        LastModified = lastModified;
    }

    public long? ContentLength { get; }

    public string? ContentType { get; }

    public ETag? ETag { get; }

    public DateTimeOffset? LastModified { get; }
}

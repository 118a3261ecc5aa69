using Azure;

namespace MatTran.AzureStorage.Blobs;

/// <summary>Properties returned with a download.</summary>
public sealed class BlobDownloadDetails
{
    internal BlobDownloadDetails(
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

    public IDictionary<string, string> Metadata { get; }
}

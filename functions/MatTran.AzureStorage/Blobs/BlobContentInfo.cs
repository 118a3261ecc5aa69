using Azure;

namespace MatTran.AzureStorage.Blobs;

/// <summary>The result of an upload: the new version's ETag and modification time.</summary>
public sealed class BlobContentInfo
{
    internal BlobContentInfo(ETag eTag, DateTimeOffset lastModified)
    {
        ETag = eTag;
        LastModified = lastModified;
    }

    public ETag ETag { get; }

    public DateTimeOffset LastModified { get; }
}

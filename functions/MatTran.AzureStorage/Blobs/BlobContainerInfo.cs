using Azure;

namespace MatTran.AzureStorage.Blobs;

/// <summary>The result of creating a container.</summary>
public sealed class BlobContainerInfo
{
    internal BlobContainerInfo(ETag eTag, DateTimeOffset lastModified)
    {
        ETag = eTag;
        LastModified = lastModified;
    }

    public ETag ETag { get; }

    public DateTimeOffset LastModified { get; }
}

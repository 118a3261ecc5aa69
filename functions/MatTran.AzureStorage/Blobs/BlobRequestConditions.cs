using Azure;

namespace MatTran.AzureStorage.Blobs;

/// <summary>
/// Optimistic-concurrency conditions on a write. <c>IfNoneMatch = ETag.All</c> makes an upload create-only;
/// <c>IfMatch = etag</c> replaces only the version that was read.
/// </summary>
public sealed class BlobRequestConditions
{
    public ETag? IfMatch { get; set; }

    public ETag? IfNoneMatch { get; set; }
}

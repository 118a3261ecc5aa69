namespace MatTran.AzureStorage.Blobs;

/// <summary>Content type, metadata and conditions for <see cref="BlobClient.UploadAsync(BinaryData, BlobUploadOptions, CancellationToken)"/>.</summary>
public sealed class BlobUploadOptions
{
    public BlobHttpHeaders? HttpHeaders { get; set; }

    /// <summary>Metadata; non-ASCII values are encoded for the wire and decoded on read (see docs/sdk-mapping.md).</summary>
    public IDictionary<string, string>? Metadata { get; set; }

    public BlobRequestConditions? Conditions { get; set; }
}

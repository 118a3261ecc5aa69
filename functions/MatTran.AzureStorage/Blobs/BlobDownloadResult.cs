namespace MatTran.AzureStorage.Blobs;

/// <summary>A download read completely into memory.</summary>
public sealed class BlobDownloadResult
{
    internal BlobDownloadResult(BinaryData content, BlobDownloadDetails details)
    {
        Content = content;
        Details = details;
    }

    public BinaryData Content { get; }

    public BlobDownloadDetails Details { get; }
}

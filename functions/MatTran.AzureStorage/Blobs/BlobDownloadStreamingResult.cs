namespace MatTran.AzureStorage.Blobs;

/// <summary>A download whose content is read from the network as the caller reads <see cref="Content"/>; dispose it.</summary>
public sealed class BlobDownloadStreamingResult : IDisposable
{
    internal BlobDownloadStreamingResult(Stream content, BlobDownloadDetails details)
    {
        Content = content;
        Details = details;
    }

    public Stream Content { get; }

    public BlobDownloadDetails Details { get; }

    public void Dispose() => Content.Dispose();
}

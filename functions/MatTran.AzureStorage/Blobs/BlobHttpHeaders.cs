namespace MatTran.AzureStorage.Blobs;

/// <summary>Standard HTTP properties stored with a blob and returned on download.</summary>
public sealed class BlobHttpHeaders
{
    public string? ContentType { get; set; }
}

namespace MatTran.AzureStorage.Blobs;

/// <summary>One blob of a container listing.</summary>
public sealed class BlobItem
{
    internal BlobItem(string name, BlobItemProperties properties, IDictionary<string, string> metadata)
    {
        Name = name;
        Properties = properties;
        Metadata = metadata;
    }

    public string Name { get; }

    public BlobItemProperties Properties { get; }

    public IDictionary<string, string> Metadata { get; }
}

namespace MatTran.AzureStorage.Blobs;

/// <summary>Builds container and blob URIs; blob names keep their '/' separators, every segment is percent-encoded.</summary>
internal static class BlobUris
{
    public static Uri Child(Uri parent, string name, bool keepSlashes)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        string escaped = keepSlashes
            ? string.Join('/', name.Split('/').Select(Uri.EscapeDataString))
            : Uri.EscapeDataString(name);
        string baseUri = parent.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(baseUri + "/" + escaped);
    }

    /// <summary>The last path segment, unescaped: the container name of a container URI.</summary>
    public static string LastSegment(Uri uri) =>
        Uri.UnescapeDataString(uri.AbsolutePath.TrimEnd('/').Split('/')[^1]);

    /// <summary>The parent of a container URI: the account's service endpoint.</summary>
    public static Uri Parent(Uri uri)
    {
        string path = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(path[..(path.LastIndexOf('/') + 1)]);
    }
}

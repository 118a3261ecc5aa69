namespace MatTran.AzureStorage.Tables;

/// <summary>The Table service resource URLs, with keys escaped the OData way (quotes doubled) and then percent-encoded.</summary>
internal static class TableUris
{
    public static Uri NormalizeEndpoint(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        string text = endpoint.GetLeftPart(UriPartial.Path);
        return new Uri(text.EndsWith('/') ? text : text + "/");
    }

    public static Uri Tables(Uri endpoint) => new(endpoint, "Tables");

    public static Uri Table(Uri endpoint, string table) => new(endpoint, "Tables(" + Key(table) + ")");

    public static Uri Insert(Uri endpoint, string table) => new(endpoint, Escape(table));

    public static Uri Query(Uri endpoint, string table) => new(endpoint, Escape(table) + "()");

    public static Uri Batch(Uri endpoint) => new(endpoint, "$batch");

    public static Uri Entity(Uri endpoint, string table, string partitionKey, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        return new(endpoint, $"{Escape(table)}(PartitionKey={Key(partitionKey)},RowKey={Key(rowKey)})");
    }

    private static string Key(string value) => "'" + Escape(value.Replace("'", "''", StringComparison.Ordinal)) + "'";

    private static string Escape(string value) => Uri.EscapeDataString(value);
}

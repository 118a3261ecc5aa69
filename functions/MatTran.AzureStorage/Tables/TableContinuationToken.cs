namespace MatTran.AzureStorage.Tables;

/// <summary>
/// A query continuation: the next partition and row keys the service returned in
/// <c>x-ms-continuation-NextPartitionKey</c> / <c>-NextRowKey</c>, joined by a space as Azure.Data.Tables does
/// (the service's keys are opaque tokens without spaces).
/// </summary>
internal readonly record struct TableContinuationToken(string NextPartitionKey, string? NextRowKey)
{
    public const string PartitionHeader = "x-ms-continuation-NextPartitionKey";
    public const string RowHeader = "x-ms-continuation-NextRowKey";

    public static TableContinuationToken? Parse(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        int space = token.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? new(token, null) : new(token[..space], token[(space + 1)..]);
    }

    public static TableContinuationToken? FromResponse(Azure.Response response) =>
        response.Headers.TryGetValue(PartitionHeader, out var pk) && !string.IsNullOrEmpty(pk)
            ? new(pk, response.Headers.TryGetValue(RowHeader, out var rk) ? rk : null)
            : null;

    public override string ToString() => NextRowKey is null ? NextPartitionKey : NextPartitionKey + " " + NextRowKey;
}

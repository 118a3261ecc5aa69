using MatTran.AzureStorage.Tables;

namespace MatTran.AzureStorage.Tests.Tables;

/// <summary>Fresh tables on the shared Azurite: each test gets its own so tests never see each other's rows.</summary>
internal static class TableTestSupport
{
    public static TableServiceClient Service() => new(Emulators.Servers.StorageConnectionString);

    public static async Task<TableClient> NewTableAsync(CancellationToken cancellationToken)
    {
        var table = Service().GetTableClient(Emulators.UniqueName("t"));
        await table.CreateIfNotExistsAsync(cancellationToken);
        return table;
    }

    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }
}

using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;

namespace MatTran.Bench;

/// <summary>(a) How many single-entity entity-group transactions per second the storage accepts, one after another.</summary>
internal static class RawRoundTrips
{
    public static async Task<Figure> RunAsync(string connectionString, int count, CancellationToken cancellationToken)
    {
        var table = new TableClient(connectionString, "Raw" + Guid.NewGuid().ToString("N")[..10]);
        await table.CreateIfNotExistsAsync(cancellationToken);
        for (var i = 0; i < 20; i++)
        {
            await SubmitAsync(table, "warmup", i, cancellationToken);
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await SubmitAsync(table, "p", i, cancellationToken);
        }

        watch.Stop();
        await table.DeleteAsync(cancellationToken);
        return new Figure(
            "(a) raw single-entity batch round trips", count, watch.Elapsed, count, "round trips/s");
    }

    private static Task SubmitAsync(TableClient table, string partition, int i, CancellationToken cancellationToken) =>
        table.SubmitTransactionAsync(
            [new TableTransactionAction(
                TableTransactionActionType.Add,
                new TableEntity(partition, i.ToString("D8", CultureInfo.InvariantCulture)) { ["Value"] = i })],
            cancellationToken);
}

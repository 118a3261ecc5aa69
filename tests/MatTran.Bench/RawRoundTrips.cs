using System.Diagnostics;
using MatTran.AzureStorage.Tables;

namespace MatTran.Bench;

/// <summary>(a) How many single-entity entity-group transactions per second the storage accepts, one after another.</summary>
internal static class RawRoundTrips
{
    public static async Task<double> RunAsync(string connectionString, int count, CancellationToken cancellationToken)
    {
        var table = new TableClient(connectionString, "Raw" + Guid.NewGuid().ToString("N")[..10]);
        await table.CreateIfNotExistsAsync(cancellationToken);
        for (var i = 0; i < 20; i++)
        {
            await Submit(table, "warmup", i, cancellationToken);
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await Submit(table, "p", i, cancellationToken);
        }

        watch.Stop();
        var perSecond = count / watch.Elapsed.TotalSeconds;
        var meanMs = watch.Elapsed.TotalMilliseconds / count;
        Console.WriteLine($"(a) raw: {count} single-entity batches in {watch.Elapsed.TotalSeconds:F2} s = {perSecond:F0} batches/s ({meanMs:F2} ms per round trip)");
        await table.DeleteAsync(cancellationToken);
        return meanMs;
    }

    private static Task Submit(TableClient table, string partition, int i, CancellationToken cancellationToken) =>
        table.SubmitTransactionAsync(
            [new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, i.ToString("D8")) { ["Value"] = i })],
            cancellationToken);
}

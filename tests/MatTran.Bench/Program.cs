using MatTran.Bench;
using MatTran.DevServers;
using MatTran.LocalHost.Engine;

// The product's figures on one Azurite, so the ratios to the raw storage floor are meaningful.
// Usage: dotnet run -c Release --project tests/MatTran.Bench [-- --quick]
var quick = args.Contains("--quick");
var (rawBatches, sequences, plans) = quick ? (200, 20, new[] { 50 }) : (2000, 100, new[] { 200, 1000 });
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(30));
using var requests = new RequestCounter();
await using var servers = await DevServerSet.StartAsync(new DevServerOptions(), cancel.Token);
var engineOptions = new DurableEngineOptions { HubName = "Bench" + Guid.NewGuid().ToString("N")[..8] };
Console.WriteLine($"MatTran benchmark{(quick ? " (quick)" : "")} on Azurite, {Environment.ProcessorCount} cores; engine: " +
    $"{engineOptions.PartitionCount} partitions, polling ≤ {engineOptions.MaxQueuePollingInterval.TotalMilliseconds} ms, " +
    $"{engineOptions.MaxConcurrentOrchestratorFunctions} episodes / {engineOptions.MaxConcurrentActivityFunctions} activities at once");

var raw = await RawRoundTrips.RunAsync(servers.StorageConnectionString, rawBatches, cancel.Token);
var figures = new List<Figure> { raw };
figures.Add(await EngineSequences.RunAsync(servers.StorageConnectionString, engineOptions, sequences, requests, cancel.Token));
foreach (var size in plans)
{
    figures.AddRange(await PlanLaunches.RunAsync(servers, size, requests, cancel.Token));
}

FigureTable.Print(figures, raw);

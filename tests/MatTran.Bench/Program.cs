using System.Diagnostics;
using MatTran.Bench;
using MatTran.DevServers;
using MatTran.LocalHost.Engine;

// The product's figures on one Azurite, so the ratios to the raw storage floor are meaningful.
// Usage: dotnet run -c Release --project tests/MatTran.Bench [-- --quick]        figures (a)–(d)
//        dotnet run -c Release --project tests/MatTran.Bench -- load [--quick]   (e) 50 users for 2 minutes
var quick = args.Contains("--quick");
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(45));
await using var servers = await DevServerSet.StartAsync(new DevServerOptions(), cancel.Token);
if (args.Contains("load"))
{
    var load = await ApiLoad.RunAsync(servers, users: 50, quick ? TimeSpan.FromSeconds(20) : TimeSpan.FromMinutes(2), cancel.Token);
    PrintPeakMemory("after the load run");
    return load.ServerErrors == 0 ? 0 : 1;
}

var (rawBatches, sequences, plans, lifecycle) = quick ? (200, 20, new[] { 50 }, 5) : (2000, 100, new[] { 200, 3000 }, 20);
using var requests = new RequestCounter();
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
    PrintPeakMemory($"after the plan of {size}");
}

figures.AddRange(await LifecycleRequests.RunAsync(servers, lifecycle, requests, cancel.Token));
FigureTable.Print(figures, raw);
PrintPeakMemory("at the end");
return 0;

// The benchmark process is the local host (Kestrel, API, engine): its peak resident set is the host's.
static void PrintPeakMemory(string when)
{
    using var self = Process.GetCurrentProcess();
    Console.WriteLine($"Peak resident memory of the host process {when}: {self.PeakWorkingSet64 / (1024 * 1024)} MB");
}

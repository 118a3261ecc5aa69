using MatTran.Bench;
using MatTran.DevServers;

// Durable runtime benchmark on one Azurite. Usage: dotnet run -c Release --project tests/MatTran.Bench [-- --quick]
var quick = args.Contains("--quick");
var (rawBatches, sequenceInstances, throughputInstances) = quick ? (200, 20, 100) : (2000, 200, 1000);
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(30));
await using var servers = await DevServerSet.StartAsync(new DevServerOptions { StartMaildev = false }, cancel.Token);
Console.WriteLine($"MatTran durable benchmark{(quick ? " (quick)" : "")} on Azurite, {Environment.ProcessorCount} cores");

var rawRoundTripMs = await RawRoundTrips.RunAsync(servers.StorageConnectionString, rawBatches, cancel.Token);
await EpisodeBenchmark.RunAsync(servers.StorageConnectionString, sequenceInstances, rawRoundTripMs, cancel.Token);
await ThroughputBenchmark.RunAsync(servers.StorageConnectionString, throughputInstances, cancel.Token);

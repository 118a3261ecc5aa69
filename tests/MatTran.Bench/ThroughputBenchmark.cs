using System.Diagnostics;
using MatTran.Durable;

namespace MatTran.Bench;

/// <summary>(c) Wall time for many hello-world instances run by two in-process workers polling one task hub.</summary>
internal static class ThroughputBenchmark
{
    public static async Task RunAsync(string connectionString, int instances, CancellationToken cancellationToken)
    {
        var counter = new RequestCounter();
        var options = BenchHub.Create(connectionString, counter);
        var client = new DurableTaskClient(options);
        var workers = new[] { new DurableWorker(options), new DurableWorker(options) };
        await workers[0].CreateTaskHubAsync(cancellationToken);
        var pollers = workers.Select(w => new DurableTaskHostedService(w)).ToList();
        foreach (var poller in pollers)
        {
            await poller.StartAsync(cancellationToken);
        }

        var watch = Stopwatch.StartNew();
        var ids = new List<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, instances), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (_, ct) =>
        {
            var id = await client.ScheduleNewOrchestrationInstanceAsync("HelloSequence", BenchHub.Cities, cancellationToken: ct);
            lock (ids)
            {
                ids.Add(id);
            }
        });
        var scheduled = watch.Elapsed;
        foreach (var id in ids)
        {
            var done = await client.WaitForInstanceCompletionAsync(id, cancellationToken: cancellationToken);
            if (done.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
            {
                throw new InvalidOperationException($"Instance {id} ended {done.RuntimeStatus}.");
            }
        }

        watch.Stop();
        foreach (var poller in pollers)
        {
            await poller.StopAsync(CancellationToken.None);
        }

        Console.WriteLine($"(c) {instances} instances x 3 activities, 2 in-process workers: {watch.Elapsed.TotalSeconds:F1} s wall ({scheduled.TotalSeconds:F1} s to schedule), {instances / watch.Elapsed.TotalSeconds:F1} instances/s, {counter.Count} storage requests");
    }
}

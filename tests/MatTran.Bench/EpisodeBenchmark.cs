using System.Diagnostics;
using MatTran.Durable;

namespace MatTran.Bench;

/// <summary>
/// (b) Episodes per second of the hello-world sequence (start + 3 activity results = 4 episodes per instance), driven
/// one step at a time through the worker's entry points so that episode time and its storage requests are measured
/// apart from activity execution.
/// </summary>
internal static class EpisodeBenchmark
{
    public static async Task RunAsync(string connectionString, int instances, double rawRoundTripMs, CancellationToken cancellationToken)
    {
        var counter = new RequestCounter();
        var options = BenchHub.Create(connectionString, counter);
        var client = new DurableTaskClient(options);
        var worker = new DurableWorker(options);
        await worker.CreateTaskHubAsync(cancellationToken);
        await RunInstanceAsync(client, worker, new Totals(), cancellationToken);

        var totals = new Totals();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < instances; i++)
        {
            await RunInstanceAsync(client, worker, totals, cancellationToken, counter);
        }

        wall.Stop();
        var episodeMs = totals.EpisodeTime.TotalMilliseconds / totals.Episodes;
        var opsPerEpisode = (double)totals.EpisodeRequests / totals.Episodes;
        Console.WriteLine($"(b) hello-world sequence: {instances} instances, {totals.Episodes} episodes in {totals.EpisodeTime.TotalSeconds:F2} s of episode time = {totals.Episodes / totals.EpisodeTime.TotalSeconds:F1} episodes/s (wall {wall.Elapsed.TotalSeconds:F2} s including activities and queue handling)");
        Console.WriteLine($"    storage requests per episode: {opsPerEpisode:F2} (per instance, all included: {(double)totals.AllRequests / instances:F1})");
        Console.WriteLine($"    episode time {episodeMs:F2} ms = {episodeMs / rawRoundTripMs:F2} x raw round trip ({rawRoundTripMs:F2} ms) for {opsPerEpisode:F2} requests -> {episodeMs / rawRoundTripMs / opsPerEpisode:F2} x the raw cost of its requests");
    }

    private static async Task RunInstanceAsync(
        DurableTaskClient client, DurableWorker worker, Totals totals, CancellationToken cancellationToken, RequestCounter? counter = null)
    {
        var before = counter?.Count ?? 0;
        var id = await client.ScheduleNewOrchestrationInstanceAsync("HelloSequence", BenchHub.Cities, cancellationToken: cancellationToken);
        var control = worker.Storage.Control;
        var work = worker.Storage.Work;
        while (true)
        {
            var controlMessages = (await control.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30), cancellationToken)).Value;
            foreach (var message in controlMessages)
            {
                var requests = counter?.Count ?? 0;
                var watch = Stopwatch.StartNew();
                await worker.ProcessControlMessageAsync(message.MessageText, cancellationToken);
                watch.Stop();
                totals.EpisodeTime += watch.Elapsed;
                totals.Episodes++;
                totals.EpisodeRequests += (counter?.Count ?? 0) - requests;
                await control.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            }

            var workItems = (await work.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30), cancellationToken)).Value;
            foreach (var message in workItems)
            {
                await worker.ProcessWorkItemAsync(message.MessageText, cancellationToken);
                await work.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            }

            if (controlMessages.Length == 0 && workItems.Length == 0)
            {
                break;
            }
        }

        var done = await client.GetInstanceAsync(id, cancellationToken: cancellationToken);
        if (done?.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new InvalidOperationException($"Instance {id} ended {done?.RuntimeStatus}.");
        }

        totals.AllRequests += (counter?.Count ?? 0) - before;
    }

    private sealed class Totals
    {
        public int Episodes { get; set; }

        public TimeSpan EpisodeTime { get; set; }

        public long EpisodeRequests { get; set; }

        public long AllRequests { get; set; }
    }
}

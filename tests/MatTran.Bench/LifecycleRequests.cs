using System.Diagnostics;
using MatTran.DevServers;
using MatTran.YearScenario;

namespace MatTran.Bench;

/// <summary>
/// (d) A rehearsed year of N inspections through its whole lifecycle on the real local host, driven through the HTTP
/// API as its people would (notice, self-report, findings, feedback, conclusion, approval, remediation, close): the
/// storage requests from launch to the plan's completion, per inspection. The idle host's polling is measured first,
/// on its own, because it is counted in the same pipeline.
/// </summary>
internal static class LifecycleRequests
{
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(10);

    public static async Task<IReadOnlyList<Figure>> RunAsync(
        DevServerSet servers, int inspections, RequestCounter requests, CancellationToken cancellationToken)
    {
        await using var host = await BenchHost.StartAsync(servers, "Life" + Guid.NewGuid().ToString("N")[..8], cancellationToken);
        using var mail = new MaildevMessages(servers.MailWebUri);
        var year = new ScenarioYear("l" + Guid.NewGuid().ToString("N")[..7], DateTime.UtcNow.Year + 1, inspections);
        using var driver = new LifecycleDriver(host.Client.BaseAddress!, year, mail);

        long idleBefore = requests.Count;
        await Task.Delay(IdleWindow, cancellationToken);
        var idle = new Figure("(d) idle host: engine queue polling", (int)IdleWindow.TotalSeconds, IdleWindow,
            (int)IdleWindow.TotalSeconds, "seconds/s", requests.Count - idleBefore);

        long before = requests.Count;
        long servingBefore = requests.ServingHttpCount;
        var resourcesBefore = requests.ByResource();
        var watch = Stopwatch.StartNew();
        var (planId, ids) = await driver.LaunchAsync(ScenarioYear.Visit(year.Year, 0).AddDays(-24), secondsPerDay: 2, cancellationToken);
        while (!await driver.AdvanceAsync(planId, ids, cancellationToken) || await driver.PlanStatusAsync(planId, cancellationToken) != "Completed")
        {
            await Task.Delay(300, cancellationToken);
        }

        watch.Stop();
        if (driver.Unexpected.Count > 0)
        {
            throw new InvalidOperationException("The lifecycle met answers no person should see:\n" + string.Join("\n", driver.Unexpected));
        }

        PrintBreakdown(host.HubName, resourcesBefore, requests.ByResource(), inspections);
        long all = requests.Count - before;
        long servingHttp = requests.ServingHttpCount - servingBefore;
        // Polling goes on at the idle rate whatever the workflows do; it is printed apart so the rest is the work.
        long polling = (long)(idle.Requests!.Value / IdleWindow.TotalSeconds * watch.Elapsed.TotalSeconds);
        var steps = await EngineSteps.ReadAsync(servers.StorageConnectionString, host.HubName, cancellationToken);
        long work = all - servingHttp - polling;
        Console.WriteLine($"(d) engine steps: {steps.PerInspection(inspections)}; the workflows' requests (less polling) per episode + activity: " +
            $"{work / (double)Math.Max(1, steps.Episodes + steps.Activities):F1}");
        string title = $"(d) rehearsed lifecycle of {inspections} inspections via the API, launch to plan completed";
        return
        [
            idle,
            new Figure(title + ": all requests", inspections, watch.Elapsed, inspections, "inspections/s", all),
            new Figure(title + ": answering the people's HTTP calls (the driver reads every 300 ms)", inspections, watch.Elapsed, inspections, "inspections/s", servingHttp),
            new Figure(title + ": the workflows (engine + activities), idle polling included", inspections, watch.Elapsed, inspections, "inspections/s", all - servingHttp),
            new Figure(title + ": the workflows, less idle polling at the idle rate", inspections, watch.Elapsed, inspections, "inspections/s", work),
        ];
    }

    /// <summary>Requests per inspection by resource: the engine's own (task hub queues, tables, blobs) and the product's.</summary>
    private static void PrintBreakdown(string hubName, IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after, int inspections)
    {
        var delta = after.Select(r => (Resource: r.Key, Count: r.Value - before.GetValueOrDefault(r.Key)))
            .Where(r => r.Count > 0)
            .OrderByDescending(r => r.Count)
            .ToList();
        long engine = delta.Where(r => r.Resource.StartsWith(hubName, StringComparison.OrdinalIgnoreCase)).Sum(r => r.Count);
        long product = delta.Sum(r => r.Count) - engine;
        Console.WriteLine($"(d) per inspection: engine {engine / (double)inspections:F1}, product {product / (double)inspections:F1}; by resource: " +
            string.Join(", ", delta.Take(12).Select(r => $"{r.Resource} {r.Count / (double)inspections:F1}")));
    }
}

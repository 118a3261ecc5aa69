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
        var lifecycle = new Figure($"(d) rehearsed lifecycle of {inspections} inspections via the API, launch to plan completed",
            inspections, watch.Elapsed, inspections, "inspections/s", requests.Count - before);
        return [idle, lifecycle];
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

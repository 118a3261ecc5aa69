using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MatTran.DevServers;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.Bench;

/// <summary>
/// (e) Concurrent users clicking through the API of the real local host on loopback for a bounded time: staff reading
/// plans, inspections, units and documents, planners drafting plans and moving visits (which wake the inspections'
/// workflows). Every answer is timed per route; any 5xx fails the run.
/// </summary>
internal static class ApiLoad
{
    public static async Task<RouteLatencies> RunAsync(DevServerSet servers, int users, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var host = await BenchHost.StartAsync(servers, "Load" + Guid.NewGuid().ToString("N")[..8], cancellationToken);
        var plan = new BenchPlan(200);
        (await host.SendAsync(HttpMethod.Post, "api/units/import", "planner", new StringContent(plan.UnitsCsv(), Encoding.UTF8, "text/csv"), cancellationToken)).Dispose();
        string planId = await CreatePlanAsync(host, plan.Plan(), cancellationToken);
        (await host.SendAsync(HttpMethod.Post, $"api/plans/{planId}/approve", "supervisor", null, cancellationToken)).Dispose();
        (await host.SendAsync(HttpMethod.Post, $"api/plans/{planId}/launch", "planner", null, cancellationToken)).Dispose();
        string[] inspections = await InspectionIdsAsync(host, planId, cancellationToken);
        // Users act on running inspections: until the plan has fanned out, a request to one not started yet is 503 workflow.starting.
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        while (await PlanLaunches.CountRunningInspectionsAsync(client, planId, cancellationToken) < inspections.Length)
        {
            await Task.Delay(500, cancellationToken);
        }

        var latencies = new RouteLatencies();
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(user => UserAsync(user, host.Client, plan, planId, inspections, latencies, duration, deadline, cancellationToken)));
        latencies.Print(duration, users);
        return latencies;
    }

    private static async Task UserAsync(
        int user, HttpClient client, BenchPlan plan, string planId, string[] inspections, RouteLatencies latencies,
        TimeSpan duration, Stopwatch clock, CancellationToken cancellationToken)
    {
        var random = new Random(user);
        for (int click = 0; clock.Elapsed < duration; click++)
        {
            string inspection = inspections[random.Next(inspections.Length)];
            (string Route, HttpMethod Method, string Path, string User, HttpContent? Body) request = (click % 10) switch
            {
                0 => ("GET /api/plans", HttpMethod.Get, "api/plans", "planner", null),
                1 => ("GET /api/plans/{id}", HttpMethod.Get, $"api/plans/{planId}", "planner", null),
                2 => ("GET /api/inspections?planId=", HttpMethod.Get, $"api/inspections?planId={Uri.EscapeDataString(planId)}", "inspector", null),
                3 or 4 or 5 => ("GET /api/inspections/{id}", HttpMethod.Get, $"api/inspections/{inspection}", "inspector", null),
                6 => ("GET /api/units", HttpMethod.Get, "api/units", "planner", null),
                7 => ("GET /api/health", HttpMethod.Get, "api/health", "planner", null),
                8 => ("POST /api/plans (draft)", HttpMethod.Post, "api/plans", "planner", JsonContent.Create(Draft(plan, user, click))),
                _ => ("POST /api/inspections/{id}/reschedule", HttpMethod.Post, $"api/inspections/{inspection}/reschedule", "planner",
                    JsonContent.Create(new { visitDate = new DateOnly(plan.Year, 11, 2 + random.Next(20)), reason = "Trùng lịch họp của đơn vị" })),
            };
            using var message = new HttpRequestMessage(request.Method, request.Path) { Content = request.Body };
            message.Headers.Add(BenchHost.UserHeader, request.User);
            long started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(message, cancellationToken);
            await response.Content.CopyToAsync(Stream.Null, cancellationToken);
            latencies.Add(request.Route, Stopwatch.GetElapsedTime(started), (int)response.StatusCode);
        }
    }

    /// <summary>A small draft plan with a number of its own (a draft is never launched, so it costs only its rows).</summary>
    private static JsonElement Draft(BenchPlan plan, int user, int click)
    {
        var draft = plan.Plan();
        draft["number"] = string.Create(CultureInfo.InvariantCulture, $"{user}-{click}/KH-MTTQ-BTT");
        var inspections = draft["inspections"]!.AsArray();
        while (inspections.Count > 3)
        {
            inspections.RemoveAt(inspections.Count - 1);
        }

        return JsonSerializer.SerializeToElement(draft);
    }

    private static async Task<string> CreatePlanAsync(BenchHost host, object plan, CancellationToken cancellationToken)
    {
        using var response = await host.SendAsync(HttpMethod.Post, "api/plans", "planner", JsonContent.Create(plan), cancellationToken);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString()!;
    }

    private static async Task<string[]> InspectionIdsAsync(BenchHost host, string planId, CancellationToken cancellationToken)
    {
        using var response = await host.SendAsync(HttpMethod.Get, $"api/plans/{planId}", "planner", null, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return [.. body.GetProperty("inspections").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }
}

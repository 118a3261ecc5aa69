using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MatTran.DevServers;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.Bench;

/// <summary>
/// (c) A plan of N inspections created, approved and launched through the HTTP API of the local host: seconds from the
/// launch request until every inspection's read-model row shows Scheduled, and the storage requests made meanwhile.
/// </summary>
internal static class PlanLaunches
{
    /// <returns>Two figures: until the read model shows every inspection Scheduled, and until every inspection's own workflow is running.</returns>
    public static async Task<IReadOnlyList<Figure>> RunAsync(
        DevServerSet servers, int inspections, RequestCounter requests, CancellationToken cancellationToken)
    {
        await using var host = await BenchHost.StartAsync(servers, "Plan" + Guid.NewGuid().ToString("N")[..8], cancellationToken);
        var plan = new BenchPlan(inspections);
        await host.SendAsync(HttpMethod.Post, "api/units/import", "planner", new StringContent(plan.UnitsCsv(), Encoding.UTF8, "text/csv"), cancellationToken);
        using var created = await host.SendAsync(HttpMethod.Post, "api/plans", "planner", JsonContent.Create(plan.Plan()), cancellationToken);
        var planId = (await created.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString()!;
        (await host.SendAsync(HttpMethod.Post, $"api/plans/{planId}/approve", "supervisor", null, cancellationToken)).Dispose();

        var store = host.Services.GetRequiredService<InspectionStore>();
        var before = requests.Count;
        var watch = Stopwatch.StartNew();
        (await host.SendAsync(HttpMethod.Post, $"api/plans/{planId}/launch", "planner", null, cancellationToken)).Dispose();
        while ((await store.ListAsync(planId, stage: InspectionStage.Scheduled, cancellationToken: cancellationToken)).Count < inspections)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        var scheduled = new Figure($"(c) plan of {inspections} via the API: every read-model row Scheduled", inspections, watch.Elapsed,
            inspections, "inspections/s", requests.Count - before);

        // The read model is written by StartPlan in one go; the inspections' own workflows start as the plan fans out.
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        while (await CountRunningInspectionsAsync(client, planId, cancellationToken) < inspections)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }

        watch.Stop();
        var running = new Figure($"(c) plan of {inspections} via the API: every inspection workflow running", inspections, watch.Elapsed,
            inspections, "inspections/s", requests.Count - before);
        return [scheduled, running];
    }

    /// <summary>How many of the plan's inspection orchestrations run now.</summary>
    public static async Task<int> CountRunningInspectionsAsync(DurableTaskClient client, string planId, CancellationToken cancellationToken)
    {
        var query = new OrchestrationQuery { InstanceIdPrefix = planId + ".", Statuses = [OrchestrationRuntimeStatus.Running], PageSize = 1000 };
        var count = 0;
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            if (instance.Name == WorkflowNames.Inspection)
            {
                count++;
            }
        }

        return count;
    }
}

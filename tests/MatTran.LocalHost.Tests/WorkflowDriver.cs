using System.Net;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// Drives the app's workflows through its API the way the tests need: polls the read model until the asynchronous
/// workflow (on real durable timers, usually on a rehearsal clock) has got there, and says where an orchestration
/// stands when it has not.
/// </summary>
internal sealed class WorkflowDriver(TestHost host, CancellationToken cancellationToken)
{
    /// <summary>How long a step may take: rehearsal days pass in seconds, but two cores run several test classes at once.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    public static string Stage(JsonElement inspection) => inspection.GetProperty("summary").GetProperty("stage").GetString()!;

    public async Task<JsonElement> SendAsync(HttpRequestMessage request, HttpStatusCode expected)
    {
        using (request)
        {
            using var response = await host.Client.SendAsync(request, cancellationToken);
            string body = await response.Content.ReadAsStringAsync(cancellationToken);
            Assert.AreEqual(expected, response.StatusCode, $"{request.Method} {request.RequestUri}: {body}");
            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    /// <summary>The plan's current time (plan time of a rehearsal), as <c>GET /api/plans/{id}</c> shows it.</summary>
    public async Task<DateTimeOffset> PlanTimeAsync(string planId) =>
        (await SendAsync(ApiRequests.Get($"api/plans/{planId}", "planner"), HttpStatusCode.OK)).GetProperty("planTime").GetDateTimeOffset();

    /// <summary>The inspection as staff see it, or null while the workflow has not written it yet (404).</summary>
    public async Task<JsonElement?> FindInspectionAsync(string id)
    {
        using var response = await host.Client.SendAsync(ApiRequests.Get($"api/inspections/{id}", "inspector"), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        return await response.ReadJsonAsync(cancellationToken);
    }

    /// <summary>Polls the read model until <paramref name="condition"/> holds for the inspection.</summary>
    public async Task<JsonElement> WaitUntilAsync(string id, Func<JsonElement, bool> condition, string what)
    {
        for (var started = TimeProvider.System.GetTimestamp(); ; await Task.Delay(150, cancellationToken))
        {
            var inspection = await FindInspectionAsync(id);
            if (inspection is { } found && condition(found))
            {
                return found;
            }

            if (TimeProvider.System.GetElapsedTime(started) > Patience)
            {
                Assert.Fail($"Inspection {id}: {what} did not happen: {await WorkflowStateAsync(id)}\n{inspection}");
            }
        }
    }

    public Task<JsonElement> WaitForStageAsync(string id, string stage) => WaitUntilAsync(id, i => Stage(i) == stage, "stage " + stage);

    /// <summary>Waits until the orchestration has ended the way <paramref name="status"/> says.</summary>
    public async Task WaitForStatusAsync(string instanceId, OrchestrationRuntimeStatus status)
    {
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        for (var started = TimeProvider.System.GetTimestamp(); ; await Task.Delay(200, cancellationToken))
        {
            if ((await client.GetInstanceAsync(instanceId, cancellationToken))?.RuntimeStatus == status)
            {
                return;
            }

            if (TimeProvider.System.GetElapsedTime(started) > Patience)
            {
                Assert.Fail($"Orchestration {instanceId} did not become {status}: {await WorkflowStateAsync(instanceId)}");
            }
        }
    }

    /// <summary>The orchestration's status, failure and custom status, for a failure message.</summary>
    public async Task<string> WorkflowStateAsync(string instanceId)
    {
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        return instance is null
            ? "no orchestration"
            : $"orchestration {instance.RuntimeStatus} {instance.FailureDetails?.ErrorType}: {instance.FailureDetails?.ErrorMessage}; status {instance.SerializedCustomStatus}";
    }
}

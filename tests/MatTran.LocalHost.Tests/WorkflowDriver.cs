using System.Net;
using System.Text.Json;
using MatTran.Durable;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// Drives the app's workflows through its API the way the tests need: moves the virtual clock, polls the read model
/// until the asynchronous workflow has caught up, and says where an orchestration stands when it has not.
/// </summary>
internal sealed class WorkflowDriver(TestHost host, CancellationToken cancellationToken)
{
    /// <summary>Timers fire at 08:00 Vietnam time; the tests look at each day an hour later.</summary>
    private static readonly TimeSpan LookAt = TimeSpan.FromHours(9);
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static string Stage(JsonElement inspection) => inspection.GetProperty("summary").GetProperty("stage").GetString()!;

    public async Task<DateTimeOffset> NowAsync()
    {
        using var response = await host.Client.SendAsync(ApiRequests.Get("api/dev/clock", "admin"), cancellationToken);
        return (await response.ReadJsonAsync(cancellationToken)).GetProperty("utcNow").GetDateTimeOffset();
    }

    /// <summary>Moves the virtual clock to 09:00 Vietnam time on <paramref name="day"/> (no-op when already past), timer by timer.</summary>
    public async Task AdvanceToAsync(DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue) + LookAt, VietnamOffset).ToUniversalTime();
        if (target <= await NowAsync())
        {
            return;
        }

        await SendAsync(ApiRequests.PostJson("api/dev/clock/advance", new { to = target }, "admin"), HttpStatusCode.OK);
    }

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

    /// <summary>Waits until an orchestration is running (a remediation's starts a moment after its item appears).</summary>
    public async Task WaitForRunningAsync(string instanceId)
    {
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        for (var started = TimeProvider.System.GetTimestamp(); ; await Task.Delay(150, cancellationToken))
        {
            if ((await client.GetInstanceAsync(instanceId, cancellationToken: cancellationToken))?.RuntimeStatus == OrchestrationRuntimeStatus.Running)
            {
                return;
            }

            if (TimeProvider.System.GetElapsedTime(started) > Patience)
            {
                Assert.Fail($"Orchestration {instanceId} was not running: {await WorkflowStateAsync(instanceId)}");
            }
        }
    }

    /// <summary>The orchestration's status and latest history, for a failure message.</summary>
    public async Task<string> WorkflowStateAsync(string instanceId)
    {
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        var instance = await client.GetInstanceAsync(instanceId, cancellationToken: cancellationToken);
        var history = instance is null ? [] : await client.GetHistoryAsync(instanceId, cancellationToken);
        return $"orchestration {instance?.RuntimeStatus.ToString() ?? "absent"} {instance?.FailureDetails?.ErrorMessage}; last events: " +
            string.Join(" | ", history.TakeLast(8).Select(e => $"{e.EventType} {e.Name} {e.Failure?.ErrorMessage}"));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MatTran.AzureStorage.Queues;
using MatTran.Durable;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

[TestClass]
public sealed class DurableDispatchTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task In_process_dispatch_runs_an_orchestration_to_completion()
    {
        string hub = DurableTestHub.NewHubName();
        await using var host = await TestHost.StartAsync(
            DurableTestHub.Settings(hub), cancellationToken: TestContext.CancellationToken, configureDurable: DurableTestHub.Register);
        var client = host.Services.GetRequiredService<DurableTaskClient>();

        string id = await client.ScheduleNewOrchestrationInstanceAsync(DurableTestHub.Greeting, "Lan", cancellationToken: TestContext.CancellationToken);
        var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, TestContext.CancellationToken);

        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.AreEqual("Xin chào Lan", done.ReadOutputAs<string>());
    }

    [TestMethod]
    public async Task Functions_host_dispatch_completes_only_through_the_trigger_endpoints()
    {
        string hub = DurableTestHub.NewHubName();
        await using var host = await TestHost.StartAsync(
            DurableTestHub.Settings(hub, "FunctionsHost"), cancellationToken: TestContext.CancellationToken, configureDurable: DurableTestHub.Register);
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        var control = new QueueClient(Emulators.Servers.StorageConnectionString, hub.ToLowerInvariant() + "-control");
        var work = new QueueClient(Emulators.Servers.StorageConnectionString, hub.ToLowerInvariant() + "-work");

        string id = await client.ScheduleNewOrchestrationInstanceAsync(DurableTestHub.Greeting, "Minh", cancellationToken: TestContext.CancellationToken);
        var startMessages = await ReceiveAsync(control);

        // Nobody in the host took the control message: without the triggers the instance does not move.
        Assert.IsNotEmpty(startMessages);
        Assert.AreEqual(OrchestrationRuntimeStatus.Pending, (await client.GetInstanceAsync(id, cancellationToken: TestContext.CancellationToken))!.RuntimeStatus);

        var pending = startMessages.Select(m => (Queue: control, Function: "durable-control", Message: m)).ToList();
        for (int round = 0; round < 20 && !(await client.GetInstanceAsync(id, cancellationToken: TestContext.CancellationToken))!.IsCompleted; round++)
        {
            foreach (var (queue, function, message) in pending)
            {
                await InvokeAsync(host, function, message);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, TestContext.CancellationToken);
            }

            pending = [
                .. (await ReceiveAsync(control)).Select(m => (control, "durable-control", m)),
                .. (await ReceiveAsync(work)).Select(m => (work, "durable-work", m)),
            ];
        }

        var done = await client.GetInstanceAsync(id, getInputsAndOutputs: true, TestContext.CancellationToken);
        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, done!.RuntimeStatus);
        Assert.AreEqual("Xin chào Minh", done.ReadOutputAs<string>());
    }

    private async Task<QueueMessage[]> ReceiveAsync(QueueClient queue) =>
        (await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30), TestContext.CancellationToken)).Value;

    /// <summary>Calls the handler the way the Functions host does for a queue trigger, and checks the answer's shape.</summary>
    private async Task InvokeAsync(TestHost host, string function, QueueMessage message)
    {
        var payload = new Dictionary<string, object>
        {
            ["Data"] = new Dictionary<string, object> { ["message"] = message.MessageText },
            ["Metadata"] = new Dictionary<string, object> { ["DequeueCount"] = message.DequeueCount, ["Id"] = message.MessageId },
        };
        using var response = await host.Client.PostAsJsonAsync(function, payload, TestContext.CancellationToken);
        string body = await response.Content.ReadAsStringAsync(TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, body);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.AreEqual(JsonValueKind.Object, answer.GetProperty("Outputs").ValueKind);
    }
}

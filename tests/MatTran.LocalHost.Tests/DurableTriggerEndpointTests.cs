using System.Net;
using System.Net.Http.Json;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text.Json;

namespace MatTran.LocalHost.Tests;

[TestClass]
public sealed class DurableTriggerEndpointTests
{
    private static readonly object TimerPayload = new Dictionary<string, object>
    {
        ["Data"] = new Dictionary<string, object>
        {
            ["timer"] = new { Schedule = new { AdjustForDST = true }, ScheduleStatus = (object?)null, IsPastDue = false },
        },
        ["Metadata"] = new Dictionary<string, object> { ["sys"] = new { MethodName = "durable-timers" } },
    };

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Timer_trigger_answers_200_with_Outputs_Logs_and_ReturnValue()
    {
        await using var host = await TestHost.StartAsync(
            DurableTestHub.Settings(DurableTestHub.NewHubName(), "FunctionsHost"), cancellationToken: TestContext.CancellationToken);

        using var response = await host.Client.PostAsJsonAsync("durable-timers", TimerPayload, TestContext.CancellationToken);

        string body = await response.Content.ReadAsStringAsync(TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, body);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.AreEqual(JsonValueKind.Object, answer.GetProperty("Outputs").ValueKind);
        Assert.AreEqual("0 durable timer(s) fired.", answer.GetProperty("Logs")[0].GetString());
        Assert.AreEqual(JsonValueKind.Null, answer.GetProperty("ReturnValue").ValueKind);
    }

    [TestMethod]
    public async Task Work_item_that_fails_answers_500_so_the_Functions_host_retries_it()
    {
        await using var host = await TestHost.StartAsync(
            DurableTestHub.Settings(DurableTestHub.NewHubName(), "FunctionsHost"), cancellationToken: TestContext.CancellationToken);
        var payload = new { Data = new { message = "not a work item" }, Metadata = new { DequeueCount = 1 } };

        using var response = await host.Client.PostAsJsonAsync("durable-work", payload, TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [TestMethod]
    public async Task Control_trigger_without_a_message_is_400_problem()
    {
        await using var host = await TestHost.StartAsync(
            DurableTestHub.Settings(DurableTestHub.NewHubName(), "FunctionsHost"), cancellationToken: TestContext.CancellationToken);

        using var response = await host.Client.PostAsJsonAsync("durable-control", new { Data = new { }, Metadata = new { } }, TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(400, TestContext.CancellationToken);
        Assert.AreEqual("trigger.messageMissing", problem.GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task Outside_Development_triggers_refuse_callers_that_are_not_on_loopback()
    {
        var address = NonLoopbackAddress();
        await using var host = await TestHost.StartAsync(
            DurableTestHub.Settings(DurableTestHub.NewHubName()), urls: "http://0.0.0.0:0", environmentName: "Production",
            cancellationToken: TestContext.CancellationToken);
        using var remote = new HttpClient { BaseAddress = new UriBuilder(host.Address) { Host = address.ToString() }.Uri };
        using var loopback = new HttpClient { BaseAddress = new UriBuilder(host.Address) { Host = "127.0.0.1" }.Uri };

        using var fromRemote = await remote.PostAsJsonAsync("durable-timers", TimerPayload, TestContext.CancellationToken);
        using var fromLoopback = await loopback.PostAsJsonAsync("durable-timers", TimerPayload, TestContext.CancellationToken);

        await fromRemote.ReadProblemAsync(403, TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, fromLoopback.StatusCode, await fromLoopback.Content.ReadAsStringAsync(TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Outside_Development_triggers_refuse_http_requests_the_Functions_host_forwards()
    {
        await using var host = await TestHost.StartAsync(
            DurableTestHub.Settings(DurableTestHub.NewHubName()), environmentName: "Production", cancellationToken: TestContext.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("durable-timers", UriKind.Relative))
        {
            Content = JsonContent.Create(TimerPayload),
        };
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await host.Client.SendAsync(request, TestContext.CancellationToken);

        await response.ReadProblemAsync(403, TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task In_Development_triggers_answer_callers_that_are_not_on_loopback()
    {
        var address = NonLoopbackAddress();
        await using var host = await TestHost.StartAsync(
            DurableTestHub.Settings(DurableTestHub.NewHubName(), "FunctionsHost"), urls: "http://0.0.0.0:0", environmentName: "Development",
            cancellationToken: TestContext.CancellationToken);
        using var remote = new HttpClient { BaseAddress = new UriBuilder(host.Address) { Host = address.ToString() }.Uri };

        using var response = await remote.PostAsJsonAsync("durable-timers", TimerPayload, TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
    }

    /// <summary>An address of this machine that is not loopback: connecting to it makes the request's remote address non-loopback.</summary>
    private static IPAddress NonLoopbackAddress()
    {
        var address = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (address is null)
        {
            Assert.Inconclusive("This machine has no non-loopback IPv4 address to call from.");
        }

        return address;
    }
}

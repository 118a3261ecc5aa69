using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace MatTran.LocalHost.Tests;

[TestClass]
public sealed class HealthApiTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Health_reports_all_three_storage_services_reachable_on_Azurite()
    {
        await using var host = await TestHost.StartWithAzuriteAsync(TestContext.CancellationToken);

        using var response = await host.Client.GetAsync(new Uri("api/health", UriKind.Relative), TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
        Assert.AreEqual("Healthy", body.RootElement.GetProperty("status").GetString());
        var services = body.RootElement.GetProperty("storage").EnumerateArray()
            .ToDictionary(s => s.GetProperty("service").GetString()!, s => s.GetProperty("reachable").GetBoolean());
        CollectionAssert.AreEquivalent(new[] { "tables", "blobs", "queues" }, services.Keys.ToArray());
        Assert.IsTrue(services.Values.All(reachable => reachable));
    }

    [TestMethod]
    public async Task Health_is_503_when_storage_does_not_answer()
    {
        int closedPort = ClosedPort();
        string connection =
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={MatTran.AzureStorage.StorageConnectionString.DevelopmentAccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{closedPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{closedPort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{closedPort}/devstoreaccount1";
        await using var host = await TestHost.StartAsync(
            // No durable pollers: against a closed port their start-up failure would stop the host before the probe answers.
            new Dictionary<string, string?> { ["Storage:ConnectionString"] = connection, ["Durable:Dispatch"] = "FunctionsHost" },
            cancellationToken: TestContext.CancellationToken);

        using var response = await host.Client.GetAsync(new Uri("api/health", UriKind.Relative), TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.CancellationToken);
        Assert.AreEqual("Unhealthy", report.GetProperty("status").GetString());
    }

    [TestMethod]
    public async Task Host_listens_on_FUNCTIONS_CUSTOMHANDLER_PORT_when_the_Functions_host_sets_it()
    {
        int port = ClosedPort();
        Environment.SetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            await using var host = await TestHost.StartAsync(
                new Dictionary<string, string?> { ["Storage:ConnectionString"] = Emulators.Servers.StorageConnectionString },
                urls: null,
                cancellationToken: TestContext.CancellationToken);

            Assert.AreEqual(port, host.Address.Port);
            using var response = await host.Client.GetAsync(new Uri("api/health", UriKind.Relative), TestContext.CancellationToken);
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            Environment.SetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT", null);
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

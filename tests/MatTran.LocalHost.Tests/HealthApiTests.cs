using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using MatTran.Api.Health;
using MatTran.LocalHost.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace MatTran.LocalHost.Tests;

[TestClass]
public sealed class HealthApiTests
{
    /// <summary>Azurite's published development account key (not a secret).</summary>
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Health_reports_all_three_storage_services_reachable_on_Azurite()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.GetAsync(new Uri("api/health", UriKind.Relative), TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
        Assert.AreEqual("Healthy", body.RootElement.GetProperty("status").GetString());
        var services = body.RootElement.GetProperty("storage").EnumerateArray()
            .ToDictionary(s => s.GetProperty("service").GetString()!, s => s.GetProperty("reachable").GetBoolean());
        CollectionAssert.AreEquivalent(new[] { "tables", "blobs", "queues" }, services.Keys.ToArray());
        Assert.IsTrue(services.Values.All(reachable => reachable));
    }

    /// <summary>
    /// Against storage that does not answer the handler says 503. Run on the handler itself: a whole host could not
    /// start there, since its durable engine first creates its task hub in that storage.
    /// </summary>
    [TestMethod]
    public async Task Health_is_503_when_storage_does_not_answer()
    {
        int closedPort = ClosedPort();
        string connection =
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{closedPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{closedPort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{closedPort}/devstoreaccount1";
        var probe = new StorageHealthProbe(
            new TableServiceClient(connection, new TableClientOptions { Retry = { MaxRetries = 0 } }),
            new BlobServiceClient(connection, new BlobClientOptions { Retry = { MaxRetries = 0 } }),
            new QueueServiceClient(connection, new QueueClientOptions { Retry = { MaxRetries = 0 } }),
            NullLogger<StorageHealthProbe>.Instance);

        var result = await HealthApi.GetHealthAsync(probe, TestContext.CancellationToken);

        var unhealthy = result.Result as JsonHttpResult<StorageHealthReport>;
        Assert.IsNotNull(unhealthy, $"expected the 503 answer, got {result.Result}");
        Assert.AreEqual(StatusCodes.Status503ServiceUnavailable, unhealthy.StatusCode);
        Assert.AreEqual("Unhealthy", unhealthy.Value!.Status);
        Assert.IsTrue(unhealthy.Value.Storage.All(s => !s.Reachable));
    }

    [TestMethod]
    public void Local_host_listens_on_the_Functions_port_7071_unless_told_otherwise()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Test", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration["Storage:ConnectionString"] = "UseDevelopmentStorage=true";

        builder.AddMatTranLocalHost();

        Assert.AreEqual("http://localhost:7071", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

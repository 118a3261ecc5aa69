using MatTran.AzureStorage.Blobs;

namespace MatTran.AzureStorage.Tests.Pipeline;

[TestClass]
public sealed class RetryTests
{
    [TestMethod]
    public async Task Server_busy_is_retried_with_a_fresh_date_and_signature()
    {
        // Retry-After: 1 makes the second attempt fall in a later second, so its x-ms-date must differ.
        var transport = new ScriptedTransport(
            new ScriptedResponse(503).WithHeader("Retry-After", "1").WithHeader("x-ms-error-code", "ServerBusy"),
            new ScriptedResponse(200).WithHeader("Content-Length", "0"));
        var container = new BlobContainerClient(
            new Uri("https://mattranprod.blob.core.windows.net/documents"),
            new StorageSharedKeyCredential("mattranprod", StorageConnectionString.DevelopmentAccountKey),
            new BlobClientOptions { Transport = transport });

        var exists = await container.GetBlobClient("report.pdf").ExistsAsync(TestContext.CancellationToken);

        Assert.IsTrue(exists.Value);
        Assert.HasCount(2, transport.Requests);
        var (first, second) = (transport.Requests[0], transport.Requests[1]);
        Assert.AreNotEqual(first.Headers["x-ms-date"], second.Headers["x-ms-date"]);
        Assert.AreNotEqual(first.Headers["Authorization"], second.Headers["Authorization"]);
        Assert.AreEqual(first.Headers["x-ms-client-request-id"], second.Headers["x-ms-client-request-id"]);
    }

    public TestContext TestContext { get; set; } = null!;
}

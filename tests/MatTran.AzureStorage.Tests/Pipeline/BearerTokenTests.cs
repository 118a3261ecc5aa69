using MatTran.AzureStorage.Queues;

namespace MatTran.AzureStorage.Tests.Pipeline;

[TestClass]
public sealed class BearerTokenTests
{
    [TestMethod]
    public async Task Token_credential_client_sends_bearer_token_for_the_storage_scope()
    {
        var transport = new ScriptedTransport(new ScriptedResponse(200).WithHeader("x-ms-approximate-messages-count", "3"));
        var credential = new FixedTokenCredential("managed-identity-token");
        var queue = new QueueClient(
            new Uri("https://mattranprod.queue.core.windows.net/durable-work"), credential,
            new QueueClientOptions { Transport = transport });

        var properties = await queue.GetPropertiesAsync(TestContext.CancellationToken);

        var sent = transport.Requests.Single();
        Assert.AreEqual("Bearer managed-identity-token", sent.Headers["Authorization"]);
        CollectionAssert.AreEqual(new[] { "https://storage.azure.com/.default" }, credential.RequestedScopes);
        Assert.AreEqual(3, properties.Value.ApproximateMessagesCount);
        Assert.AreEqual("mattranprod", queue.AccountName);
    }

    public TestContext TestContext { get; set; } = null!;
}

using System.Text;
using MatTran.AzureStorage.Blobs;
using MatTran.AzureStorage.Tests.Pipeline;

namespace MatTran.AzureStorage.Tests.Blobs;

[TestClass]
public sealed class UserDelegationKeyTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Get_user_delegation_key_posts_key_info_with_a_bearer_token_and_parses_the_key()
    {
        var transport = new ScriptedTransport(new ScriptedResponse(200,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><UserDelegationKey><SignedOid>oid-1</SignedOid><SignedTid>tid-1</SignedTid>" +
            "<SignedStart>2025-01-06T00:00:00Z</SignedStart><SignedExpiry>2025-01-07T00:00:00Z</SignedExpiry>" +
            "<SignedService>b</SignedService><SignedVersion>2021-12-02</SignedVersion><Value>AAAA</Value></UserDelegationKey>"));
        var service = new BlobServiceClient(
            new Uri("https://mattranprod.blob.core.windows.net/"), new FixedTokenCredential("token"),
            new BlobClientOptions { Transport = transport });

        var key = (await service.GetUserDelegationKeyAsync(
            new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 1, 7, 0, 0, 0, TimeSpan.Zero),
            TestContext.CancellationToken)).Value;

        var sent = transport.Requests.Single();
        Assert.AreEqual("POST", sent.Method);
        Assert.AreEqual("?restype=service&comp=userdelegationkey", sent.Uri.Query);
        Assert.AreEqual("Bearer token", sent.Headers["Authorization"]);
        StringAssert.Contains(Encoding.UTF8.GetString(sent.Body),
            "<KeyInfo><Start>2025-01-06T00:00:00Z</Start><Expiry>2025-01-07T00:00:00Z</Expiry></KeyInfo>");
        Assert.AreEqual("oid-1", key.SignedObjectId);
        Assert.AreEqual("tid-1", key.SignedTenantId);
        Assert.AreEqual(new DateTimeOffset(2025, 1, 7, 0, 0, 0, TimeSpan.Zero), key.SignedExpiresOn);
        Assert.AreEqual("AAAA", key.Value);
    }

    [TestMethod]
    public async Task Shared_key_client_is_told_that_delegation_keys_need_an_entra_identity()
    {
        var service = new BlobServiceClient(Emulators.Servers.StorageConnectionString);

        var e = await Assert.ThrowsExactlyAsync<InvalidOperationException>(
            () => service.GetUserDelegationKeyAsync(null, DateTimeOffset.UtcNow.AddHours(1), TestContext.CancellationToken));

        StringAssert.Contains(e.Message, "TokenCredential");
    }
}

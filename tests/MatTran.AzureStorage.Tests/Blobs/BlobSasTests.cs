using System.Net;
using System.Security.Cryptography;
using System.Text;
using MatTran.AzureStorage.Blobs;
using MatTran.AzureStorage.Tests.Pipeline;

namespace MatTran.AzureStorage.Tests.Blobs;

[TestClass]
public sealed class BlobSasTests
{
    private static readonly HttpClient Http = new();

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Read_sas_url_downloads_without_a_key_and_stops_working_after_expiry()
    {
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken);
        var blob = container.GetBlobClient("Kết luận kiểm tra.pdf");
        await blob.UploadAsync(BinaryData.FromString("kết luận"), TestContext.CancellationToken);
        var expiresOn = DateTimeOffset.UtcNow.AddSeconds(3);

        var sasUri = blob.GenerateSasUri(BlobSasPermissions.Read, expiresOn);

        using (var response = await Http.GetAsync(sasUri, TestContext.CancellationToken))
        {
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.AreEqual("kết luận", await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
        }

        // The SAS carries expiry to the second; Azurite compares it with its own (real) clock.
        var pastExpiry = expiresOn.AddSeconds(2) - DateTimeOffset.UtcNow;
        if (pastExpiry > TimeSpan.Zero)
        {
            await Task.Delay(pastExpiry, TestContext.CancellationToken);
        }

        using var expired = await Http.GetAsync(sasUri, TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.Forbidden, expired.StatusCode);
    }

    [TestMethod]
    public async Task Read_sas_does_not_allow_writing()
    {
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken);
        var blob = container.GetBlobClient("readonly.txt");
        await blob.UploadAsync(BinaryData.FromString("original"), TestContext.CancellationToken);
        var sasUri = blob.GenerateSasUri(BlobSasPermissions.Read, DateTimeOffset.UtcNow.AddMinutes(5));

        using var put = new HttpRequestMessage(HttpMethod.Put, sasUri) { Content = new StringContent("changed") };
        put.Headers.Add("x-ms-blob-type", "BlockBlob");
        using var response = await Http.SendAsync(put, TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.AreEqual("original", (await blob.DownloadContentAsync(TestContext.CancellationToken)).Value.Content.ToString());
    }

    [TestMethod]
    public async Task User_delegation_sas_is_accepted_by_the_service_and_a_wrong_key_is_not()
    {
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken);
        var blob = container.GetBlobClient("udk.txt");
        await blob.UploadAsync(BinaryData.FromString("delegated"), TestContext.CancellationToken);
        var now = DateTimeOffset.UtcNow;
        var key = AzuriteUserDelegationKey(now.AddMinutes(-1), now.AddHours(1));
        var builder = new BlobSasBuilder(BlobSasPermissions.Read, now.AddMinutes(5)) { BlobContainerName = container.Name, BlobName = blob.Name };

        var sas = builder.ToSasQueryParameters(key, container.AccountName);
        var wrong = builder.ToSasQueryParameters(
            new UserDelegationKey
            {
                SignedObjectId = key.SignedObjectId, SignedTenantId = key.SignedTenantId, SignedStartsOn = key.SignedStartsOn,
                SignedExpiresOn = key.SignedExpiresOn, SignedService = key.SignedService, SignedVersion = key.SignedVersion,
                Value = Convert.ToBase64String(new byte[32]),
            },
            container.AccountName);

        using var accepted = await Http.GetAsync(new UriBuilder(blob.Uri) { Query = sas.ToString() }.Uri, TestContext.CancellationToken);
        using var rejected = await Http.GetAsync(new UriBuilder(blob.Uri) { Query = wrong.ToString() }.Uri, TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, accepted.StatusCode);
        Assert.AreEqual("delegated", await accepted.Content.ReadAsStringAsync(TestContext.CancellationToken));
        Assert.AreEqual(HttpStatusCode.Forbidden, rejected.StatusCode);
    }

    [TestMethod]
    public void Client_without_an_account_key_cannot_generate_a_service_sas()
    {
        var container = new BlobContainerClient(
            new Uri("https://mattranprod.blob.core.windows.net/documents"), new FixedTokenCredential("token"));
        var blob = container.GetBlobClient("report.pdf");

        var e = Assert.ThrowsExactly<InvalidOperationException>(() => blob.GenerateSasUri(BlobSasPermissions.Read, DateTimeOffset.UtcNow.AddHours(1)));

        Assert.IsFalse(blob.CanGenerateSasUri);
        StringAssert.Contains(e.Message, "no account key");
    }

    /// <summary>
    /// Azurite cannot issue user delegation keys without OAuth over HTTPS, so the key is derived the way Azurite
    /// checks it (HMAC-SHA256 under its published seed over oid, tid, start, expiry, "b", version). A SAS signed with
    /// it is accepted only if our string-to-sign matches the service's line for line.
    /// </summary>
    private static UserDelegationKey AzuriteUserDelegationKey(DateTimeOffset startsOn, DateTimeOffset expiresOn)
    {
        const string objectId = "6f1d3a1e-0000-4000-8000-000000000001";
        const string tenantId = "72f988bf-0000-4000-8000-000000000002";
        const string version = "2021-12-02";
        string start = startsOn.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        string expiry = expiresOn.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        byte[] value = HMACSHA256.HashData(
            Encoding.UTF8.GetBytes("azurite-user-delegation-signing-seed-v1"),
            Encoding.UTF8.GetBytes(string.Join('\n', objectId, tenantId, start, expiry, "b", version)));
        return new UserDelegationKey
        {
            SignedObjectId = objectId,
            SignedTenantId = tenantId,
            SignedStartsOn = DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            SignedExpiresOn = DateTimeOffset.Parse(expiry, System.Globalization.CultureInfo.InvariantCulture),
            SignedService = "b",
            SignedVersion = version,
            Value = Convert.ToBase64String(value),
        };
    }
}

using System.Security.Cryptography;
using System.Text;
using Azure;
using MatTran.AzureStorage.Blobs;

namespace MatTran.AzureStorage.Tests.Pipeline;

[TestClass]
public sealed class SharedKeyPolicyTests
{
    [TestMethod]
    public async Task Upload_is_sent_with_a_SharedKey_authorization_over_its_own_headers_and_length()
    {
        var transport = new ScriptedTransport(new ScriptedResponse(201)
            .WithHeader("ETag", "\"0x1\"").WithHeader("Last-Modified", "Mon, 06 Jan 2025 08:00:00 GMT"));
        byte[] key = RandomNumberGenerator.GetBytes(64);
        var container = new BlobContainerClient(
            new Uri("https://mattranprod.blob.core.windows.net/documents"),
            new StorageSharedKeyCredential("mattranprod", Convert.ToBase64String(key)),
            new BlobClientOptions { Transport = transport });

        await container.GetBlobClient("a.txt").UploadAsync(BinaryData.FromString("hello"), overwrite: true, TestContext.CancellationToken);

        var sent = transport.Requests.Single();
        string canonicalHeaders = string.Concat(sent.Headers
            .Where(h => h.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Key.ToLowerInvariant(), h.Value))
            .OrderBy(h => h.Name, StringComparer.Ordinal)
            .Select(h => h.Name + ":" + h.Value + "\n"));
        string stringToSign = "PUT\n\n\n5\n\n\n\n\n\n\n\n\n" + canonicalHeaders + "/mattranprod/documents/a.txt";
        string signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        Assert.AreEqual("SharedKey mattranprod:" + signature, sent.Headers["Authorization"]);
        StringAssert.Contains(canonicalHeaders, "x-ms-blob-type:BlockBlob\n");
        StringAssert.Contains(canonicalHeaders, "x-ms-version:2021-12-02\n");
    }

    public TestContext TestContext { get; set; } = null!;
}

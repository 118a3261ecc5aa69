using System.Security.Cryptography;
using System.Text;
using System.Web;
using MatTran.AzureStorage.Blobs;

namespace MatTran.AzureStorage.Tests.Blobs;

/// <summary>SAS strings-to-sign as laid out in "Create a service SAS" / "Create a user delegation SAS" (version 2020-12-06+).</summary>
[TestClass]
public sealed class BlobSasBuilderTests
{
    private static readonly DateTimeOffset Expiry = new(2025, 1, 6, 9, 30, 0, TimeSpan.FromHours(7));

    [TestMethod]
    public void Service_sas_string_to_sign_has_sixteen_lines_in_documented_order()
    {
        var builder = new BlobSasBuilder(BlobSasPermissions.Read | BlobSasPermissions.Write, Expiry)
        {
            BlobContainerName = "documents",
            BlobName = "plan-325/Kết luận.pdf",
            ContentDisposition = "attachment",
        };

        string actual = builder.ServiceSasStringToSign("mattranprod");

        Assert.AreEqual(
            "rw\n" + "\n" + "2025-01-06T02:30:00Z\n" + "/blob/mattranprod/documents/plan-325/Kết luận.pdf\n" +
            "\n" + "\n" + "\n" + "2021-12-02\n" + "b\n" + "\n" + "\n" + "\n" + "attachment\n" + "\n" + "\n",
            actual);
    }

    [TestMethod]
    public void Service_sas_query_carries_the_signature_of_that_string_under_the_account_key()
    {
        byte[] key = RandomNumberGenerator.GetBytes(64);
        var builder = new BlobSasBuilder(BlobSasPermissions.Read, Expiry) { BlobContainerName = "documents", BlobName = "a b.pdf" };
        string expectedSignature = Convert.ToBase64String(
            HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(builder.ServiceSasStringToSign("mattranprod"))));

        var query = HttpUtility.ParseQueryString(
            builder.ToSasQueryParameters(new StorageSharedKeyCredential("mattranprod", Convert.ToBase64String(key))).ToString());

        Assert.AreEqual(expectedSignature, query["sig"]);
        Assert.AreEqual("r", query["sp"]);
        Assert.AreEqual("2025-01-06T02:30:00Z", query["se"]);
        Assert.AreEqual("b", query["sr"]);
        Assert.AreEqual("2021-12-02", query["sv"]);
        Assert.IsNull(query["st"]);
    }

    [TestMethod]
    public void User_delegation_string_to_sign_has_twenty_four_lines_with_the_key_fields()
    {
        var key = new UserDelegationKey
        {
            SignedObjectId = "oid",
            SignedTenantId = "tid",
            SignedStartsOn = new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.Zero),
            SignedExpiresOn = new DateTimeOffset(2025, 1, 7, 0, 0, 0, TimeSpan.Zero),
            SignedService = "b",
            SignedVersion = "2021-12-02",
            Value = Convert.ToBase64String(new byte[32]),
        };
        var builder = new BlobSasBuilder(BlobSasPermissions.Read, Expiry)
        {
            BlobContainerName = "documents",
            StartsOn = new DateTimeOffset(2025, 1, 6, 1, 0, 0, TimeSpan.Zero),
        };

        string actual = builder.UserDelegationStringToSign(key, "mattranprod");

        Assert.AreEqual(
            "r\n2025-01-06T01:00:00Z\n2025-01-06T02:30:00Z\n/blob/mattranprod/documents\n" +
            "oid\ntid\n2025-01-06T00:00:00Z\n2025-01-07T00:00:00Z\nb\n2021-12-02\n" +
            "\n\n\n" + "\n\n" + "2021-12-02\nc\n" + "\n\n" + "\n\n\n\n",
            actual);
        Assert.AreEqual(24, actual.Split('\n').Length);
    }

    [TestMethod]
    public void Permissions_are_written_in_the_order_the_service_requires()
    {
        var builder = new BlobSasBuilder();

        builder.SetPermissions(BlobSasPermissions.List | BlobSasPermissions.Delete | BlobSasPermissions.Read | BlobSasPermissions.Create);

        Assert.AreEqual("rcdl", builder.Permissions);
    }

    [TestMethod]
    public void Unsupported_signed_version_is_refused_rather_than_signed_wrongly()
    {
        var builder = new BlobSasBuilder(BlobSasPermissions.Read, Expiry) { BlobContainerName = "c", Version = "2019-12-12" };

        Assert.ThrowsExactly<InvalidOperationException>(
            () => builder.ToSasQueryParameters(new StorageSharedKeyCredential("a", StorageConnectionString.DevelopmentAccountKey)));
    }
}

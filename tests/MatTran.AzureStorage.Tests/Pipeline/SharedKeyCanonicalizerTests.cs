using System.Security.Cryptography;
using System.Text;
using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Tests.Pipeline;

/// <summary>
/// The strings SharedKey signs, worked out by hand from "Authorize with Shared Key" in the Storage REST docs,
/// and their HMAC-SHA256 computed independently of the product code.
/// </summary>
[TestClass]
public sealed class SharedKeyCanonicalizerTests
{
    private const string Date = "Mon, 06 Jan 2025 08:00:00 GMT";
    private const string Account = "devstoreaccount1";

    [TestMethod]
    public void Blob_put_signs_length_type_condition_sorted_lowercased_headers_and_emulator_path_with_account_twice()
    {
        var headers = Headers(
            ("Content-Type", "application/pdf"),
            ("x-ms-version", "2021-12-02"),
            ("X-MS-Meta-Kind", "SelfReport"),
            ("x-ms-date", Date),
            ("x-ms-blob-type", "BlockBlob"),
            ("If-None-Match", "*"));
        var uri = new Uri("http://127.0.0.1:10000/devstoreaccount1/documents/plan%20325/report.pdf");

        string actual = SharedKeyCanonicalizer.BlobQueueStringToSign("PUT", uri, headers, 11, Account);

        const string expected =
            "PUT\n" + "\n" + "\n" + "11\n" + "\n" + "application/pdf\n" + "\n" + "\n" + "\n" + "*\n" + "\n" + "\n" +
            "x-ms-blob-type:BlockBlob\n" +
            "x-ms-date:" + Date + "\n" +
            "x-ms-meta-kind:SelfReport\n" +
            "x-ms-version:2021-12-02\n" +
            "/devstoreaccount1/devstoreaccount1/documents/plan%20325/report.pdf";
        Assert.AreEqual(expected, actual);
    }

    [TestMethod]
    public void Zero_content_length_is_signed_as_empty_and_query_parameters_are_sorted_lowercased_and_comma_joined()
    {
        var headers = Headers(("x-ms-date", Date), ("x-ms-version", "2021-12-02"));
        var uri = new Uri(
            "http://127.0.0.1:10000/devstoreaccount1/documents?restype=container&comp=list&prefix=plan%2F&Include=metadata&include=deleted");

        string actual = SharedKeyCanonicalizer.BlobQueueStringToSign("GET", uri, headers, 0, Account);

        const string expected =
            "GET\n\n\n\n\n\n\n\n\n\n\n\n" +
            "x-ms-date:" + Date + "\n" +
            "x-ms-version:2021-12-02\n" +
            "/devstoreaccount1/devstoreaccount1/documents\n" +
            "comp:list\n" +
            "include:deleted,metadata\n" +
            "prefix:plan/\n" +
            "restype:container";
        Assert.AreEqual(expected, actual);
    }

    [TestMethod]
    public void Queue_request_on_a_production_host_names_the_account_once()
    {
        var headers = Headers(("x-ms-date", Date), ("x-ms-version", "2021-12-02"));
        var uri = new Uri("https://mattranprod.queue.core.windows.net/durable-work/messages?numofmessages=32&visibilitytimeout=300");

        string actual = SharedKeyCanonicalizer.BlobQueueStringToSign("GET", uri, headers, null, "mattranprod");

        Assert.AreEqual(
            "GET\n\n\n\n\n\n\n\n\n\n\n\n" +
            "x-ms-date:" + Date + "\nx-ms-version:2021-12-02\n" +
            "/mattranprod/durable-work/messages\nnumofmessages:32\nvisibilitytimeout:300",
            actual);
    }

    [TestMethod]
    public void Table_string_to_sign_uses_x_ms_date_and_drops_query_parameters()
    {
        var headers = Headers(("x-ms-date", Date), ("x-ms-version", "2019-02-02"), ("Accept", "application/json;odata=nometadata"));
        var uri = new Uri("http://127.0.0.1:10002/devstoreaccount1/Inspections()?$filter=PartitionKey%20eq%20'p'&$top=5");

        string actual = SharedKeyCanonicalizer.TableStringToSign("GET", uri, headers, Account);

        Assert.AreEqual("GET\n\n\n" + Date + "\n/devstoreaccount1/devstoreaccount1/Inspections()", actual);
    }

    [TestMethod]
    public void Table_string_to_sign_keeps_only_the_comp_parameter()
    {
        var headers = Headers(("x-ms-date", Date), ("Content-Type", "application/json"));
        var uri = new Uri("http://127.0.0.1:10002/devstoreaccount1/Inspections?timeout=30&comp=acl");

        string actual = SharedKeyCanonicalizer.TableStringToSign("PUT", uri, headers, Account);

        Assert.AreEqual("PUT\n\napplication/json\n" + Date + "\n/devstoreaccount1/devstoreaccount1/Inspections?comp=acl", actual);
    }

    [TestMethod]
    public void Signature_is_base64_hmac_sha256_of_the_string_to_sign_under_the_decoded_key()
    {
        const string stringToSign = "GET\n\n\n" + Date + "\n/devstoreaccount1/devstoreaccount1/Tables";
        string expected = Convert.ToBase64String(
            HMACSHA256.HashData(Convert.FromBase64String(StorageConnectionString.DevelopmentAccountKey), Encoding.UTF8.GetBytes(stringToSign)));

        var credential = new StorageSharedKeyCredential(Account, StorageConnectionString.DevelopmentAccountKey);

        Assert.AreEqual(expected, credential.ComputeHmacSha256(stringToSign));
    }

    private static Dictionary<string, string> Headers(params (string Name, string Value)[] headers) =>
        headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase);
}

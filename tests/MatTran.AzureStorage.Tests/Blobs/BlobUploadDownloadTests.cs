using System.Security.Cryptography;
using Azure;
using Azure.Core;
using MatTran.AzureStorage.Blobs;

namespace MatTran.AzureStorage.Tests.Blobs;

[TestClass]
public sealed class BlobUploadDownloadTests
{
    private const string VietnameseFileName = "Báo cáo tự kiểm tra - Ủy ban MTTQ huyện Hòa An.pdf";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Ten_megabytes_round_trip_byte_exact_with_content_type_and_Vietnamese_metadata()
    {
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken);
        byte[] content = RandomNumberGenerator.GetBytes(10 * 1024 * 1024);
        var blob = container.GetBlobClient("plan-325/inspection-1/SelfReport/1-report.pdf");

        await blob.UploadAsync(new MemoryStream(content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf" },
            Metadata = new Dictionary<string, string> { ["kind"] = "SelfReport", ["fileName"] = VietnameseFileName },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        }, TestContext.CancellationToken);

        using var download = (await blob.DownloadStreamingAsync(TestContext.CancellationToken)).Value;
        using var received = new MemoryStream();
        await download.Content.CopyToAsync(received, TestContext.CancellationToken);
        CollectionAssert.AreEqual(content, received.ToArray());
        Assert.AreEqual("application/pdf", download.Details.ContentType);
        Assert.AreEqual(content.Length, download.Details.ContentLength);
        Assert.AreEqual("SelfReport", download.Details.Metadata["kind"]);
        Assert.AreEqual(VietnameseFileName, download.Details.Metadata["fileName"]);
    }

    [TestMethod]
    public async Task Content_over_8_MiB_is_staged_as_4_MiB_blocks_and_committed_once()
    {
        var log = new RequestLog();
        var options = new BlobClientOptions();
        options.AddPolicy(log, HttpPipelinePosition.PerCall);
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken, options);

        await container.GetBlobClient("big.bin").UploadAsync(
            BinaryData.FromBytes(RandomNumberGenerator.GetBytes(10 * 1024 * 1024)), TestContext.CancellationToken);

        var blobCalls = log.Entries.Where(e => e.Contains("/big.bin", StringComparison.Ordinal)).ToList();
        Assert.HasCount(3, blobCalls.Where(e => e.Contains("comp=block&", StringComparison.Ordinal)));
        Assert.HasCount(1, blobCalls.Where(e => e.Contains("comp=blocklist", StringComparison.Ordinal)));
        Assert.HasCount(4, blobCalls);
    }

    [TestMethod]
    public async Task Non_seekable_stream_of_odd_length_uploads_byte_exact_in_full_blocks()
    {
        var log = new RequestLog();
        var options = new BlobClientOptions();
        options.AddPolicy(log, HttpPipelinePosition.PerCall);
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken, options);
        byte[] content = RandomNumberGenerator.GetBytes((12 * 1024 * 1024) + 7);
        var blob = container.GetBlobClient("scan.tif");

        await blob.UploadAsync(new TrickleStream(content), TestContext.CancellationToken);

        Assert.HasCount(4, log.Entries.Where(e => e.Contains("/scan.tif?comp=block&", StringComparison.Ordinal)));
        CollectionAssert.AreEqual(content, (await blob.DownloadContentAsync(TestContext.CancellationToken)).Value.Content.ToArray());
    }

    [TestMethod]
    public async Task Small_content_is_one_put_blob()
    {
        var log = new RequestLog();
        var options = new BlobClientOptions();
        options.AddPolicy(log, HttpPipelinePosition.PerCall);
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken, options);

        await container.UploadBlobAsync("small.txt", BinaryData.FromString("xin chào"), TestContext.CancellationToken);

        var blobCalls = log.Entries.Where(e => e.Contains("/small.txt", StringComparison.Ordinal)).ToList();
        Assert.HasCount(1, blobCalls);
        Assert.StartsWith("PUT ", blobCalls[0]);
        Assert.AreEqual("xin chào", (await container.GetBlobClient("small.txt").DownloadContentAsync(TestContext.CancellationToken)).Value.Content.ToString());
    }

    [TestMethod]
    public async Task Create_only_upload_of_an_existing_name_fails_with_409_BlobAlreadyExists_and_keeps_the_original()
    {
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken);
        var blob = container.GetBlobClient("notice.docx");
        await blob.UploadAsync(BinaryData.FromString("original"), TestContext.CancellationToken);

        var e = await Assert.ThrowsExactlyAsync<RequestFailedException>(
            () => blob.UploadAsync(BinaryData.FromString("replacement"), TestContext.CancellationToken));

        Assert.AreEqual(409, e.Status);
        Assert.AreEqual(StorageErrorCodes.BlobAlreadyExists, e.ErrorCode);
        StringAssert.Contains(e.Message, "'notice.docx' already exists");
        Assert.AreEqual("original", (await blob.DownloadContentAsync(TestContext.CancellationToken)).Value.Content.ToString());
    }

    [TestMethod]
    public async Task Create_only_block_upload_of_an_existing_name_fails_at_commit_and_keeps_the_original()
    {
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken);
        var blob = container.GetBlobClient("scan.pdf");
        await blob.UploadAsync(BinaryData.FromString("original"), TestContext.CancellationToken);

        var e = await Assert.ThrowsExactlyAsync<RequestFailedException>(
            () => blob.UploadAsync(BinaryData.FromBytes(new byte[9 * 1024 * 1024]), TestContext.CancellationToken));

        Assert.AreEqual(409, e.Status);
        Assert.AreEqual(StorageErrorCodes.BlobAlreadyExists, e.ErrorCode);
        Assert.AreEqual("original", (await blob.DownloadContentAsync(TestContext.CancellationToken)).Value.Content.ToString());
    }

    [TestMethod]
    public async Task Overwrite_replaces_the_content()
    {
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken);
        var blob = container.GetBlobClient("draft.docx");
        await blob.UploadAsync(BinaryData.FromString("v1"), TestContext.CancellationToken);

        await blob.UploadAsync(BinaryData.FromString("v2"), overwrite: true, TestContext.CancellationToken);

        Assert.AreEqual("v2", (await blob.DownloadContentAsync(TestContext.CancellationToken)).Value.Content.ToString());
    }

    [TestMethod]
    public async Task Upload_with_a_stale_if_match_fails_with_412()
    {
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken);
        var blob = container.GetBlobClient("counter.json");
        var first = await blob.UploadAsync(BinaryData.FromString("1"), TestContext.CancellationToken);
        await blob.UploadAsync(BinaryData.FromString("2"), new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfMatch = first.Value.ETag },
        }, TestContext.CancellationToken);

        var e = await Assert.ThrowsExactlyAsync<RequestFailedException>(() => blob.UploadAsync(BinaryData.FromString("3"),
            new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = first.Value.ETag } }, TestContext.CancellationToken));

        Assert.AreEqual(412, e.Status);
        Assert.AreEqual(StorageErrorCodes.ConditionNotMet, e.ErrorCode);
        Assert.AreEqual("2", (await blob.DownloadContentAsync(TestContext.CancellationToken)).Value.Content.ToString());
    }

    [TestMethod]
    public async Task Properties_report_type_length_etag_and_decoded_metadata()
    {
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken);
        var blob = container.GetBlobClient("properties.txt");
        var uploaded = await blob.UploadAsync(BinaryData.FromString("12345"), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" },
            Metadata = new Dictionary<string, string> { ["uploader"] = "Nguyễn Thị Hoa" },
        }, TestContext.CancellationToken);

        var properties = (await blob.GetPropertiesAsync(TestContext.CancellationToken)).Value;

        Assert.AreEqual("text/plain; charset=utf-8", properties.ContentType);
        Assert.AreEqual(5, properties.ContentLength);
        Assert.AreEqual(uploaded.Value.ETag, properties.ETag);
        Assert.AreEqual("Nguyễn Thị Hoa", properties.Metadata["uploader"]);
        Assert.AreNotEqual(default, properties.LastModified);
    }

    [TestMethod]
    public async Task Vietnamese_blob_names_round_trip_through_path_encoding_and_signing()
    {
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken);
        const string name = "Hòa An/Kết luận #1 (bản cuối) 100%.docx";

        await container.UploadBlobAsync(name, BinaryData.FromString("kết luận"), TestContext.CancellationToken);

        Assert.AreEqual("kết luận", (await container.GetBlobClient(name).DownloadContentAsync(TestContext.CancellationToken)).Value.Content.ToString());
        var listed = new List<string>();
        await foreach (var item in container.GetBlobsAsync("Hòa An/", TestContext.CancellationToken))
        {
            listed.Add(item.Name);
        }

        CollectionAssert.AreEqual(new[] { name }, listed);
    }

    [TestMethod]
    public async Task Deleted_blob_no_longer_exists_and_download_fails_with_404()
    {
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken);
        var blob = container.GetBlobClient("to-delete.txt");
        await blob.UploadAsync(BinaryData.FromString("x"), TestContext.CancellationToken);
        Assert.IsTrue((await blob.ExistsAsync(TestContext.CancellationToken)).Value);

        Assert.IsTrue((await blob.DeleteIfExistsAsync(TestContext.CancellationToken)).Value);

        Assert.IsFalse((await blob.ExistsAsync(TestContext.CancellationToken)).Value);
        Assert.IsFalse((await blob.DeleteIfExistsAsync(TestContext.CancellationToken)).Value);
        var e = await Assert.ThrowsExactlyAsync<RequestFailedException>(() => blob.DownloadStreamingAsync(TestContext.CancellationToken));
        Assert.AreEqual(404, e.Status);
        Assert.AreEqual(StorageErrorCodes.BlobNotFound, e.ErrorCode);
    }

    [TestMethod]
    public async Task Container_create_is_idempotent_and_delete_reports_whether_it_existed()
    {
        var service = new BlobServiceClient(Emulators.Servers.StorageConnectionString);
        var container = service.GetBlobContainerClient(Emulators.UniqueName("c"));

        Assert.IsNotNull((await container.CreateIfNotExistsAsync(TestContext.CancellationToken)).Value);
        Assert.IsNull((await container.CreateIfNotExistsAsync(TestContext.CancellationToken)).Value);
        Assert.IsTrue((await container.DeleteIfExistsAsync(TestContext.CancellationToken)).Value);
        Assert.IsFalse((await container.DeleteIfExistsAsync(TestContext.CancellationToken)).Value);
    }
}

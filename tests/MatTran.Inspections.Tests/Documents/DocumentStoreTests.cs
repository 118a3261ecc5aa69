using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MatTran.Inspections.Documents;
using MatTran.Inspections.Documents.Storage;

namespace MatTran.Inspections.Tests.Documents;

[TestClass]
public sealed class DocumentStoreTests
{
    private const string Pdf = "application/pdf";

    public TestContext TestContext { get; set; } = null!;

    private async Task<(DocumentStore Store, BlobContainerClient Container)> StoreAsync()
    {
        var servers = await Emulators.GetServersAsync(TestContext.CancellationToken);
        var container = new BlobContainerClient(servers.StorageConnectionString, Emulators.UniqueName("documents"));
        return (new DocumentStore(container), container);
    }

    private static DocumentUpload Upload(string fileName, string text, string? key = null, DocumentKind kind = DocumentKind.SelfReport) => new()
    {
        PlanId = "plan-2023",
        InspectionId = "insp-hanh-son",
        Kind = kind,
        FileName = fileName,
        ContentType = Pdf,
        Content = BinaryData.FromString(text),
        Uploader = "Nông Thị Thu",
        IdempotencyKey = key,
    };

    [TestMethod]
    public async Task First_upload_is_version_1_at_the_documented_path_with_metadata()
    {
        var (store, container) = await StoreAsync();

        var stored = await store.SaveAsync(Upload("Báo cáo tự kiểm tra.pdf", "%PDF-1.7 báo cáo"), TestContext.CancellationToken);

        Assert.AreEqual("plan-2023/insp-hanh-son/self-report/1-Báo cáo tự kiểm tra.pdf", stored.BlobName);
        var properties = (await container.GetBlobClient(stored.BlobName).GetPropertiesAsync(cancellationToken: TestContext.CancellationToken)).Value;
        var metadata = BlobMetadataEncoding.Decode(properties.Metadata);
        Assert.AreEqual(Pdf, properties.ContentType);
        Assert.AreEqual("self-report", metadata["kind"]);
        Assert.AreEqual("1", metadata["version"]);
        Assert.AreEqual("Nông Thị Thu", metadata["uploader"]);
        Assert.AreEqual(Pdf, metadata["contenttype"]);
        Assert.AreEqual(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("%PDF-1.7 báo cáo"))), metadata["sha256"]);
    }

    [TestMethod]
    public async Task Vietnamese_metadata_is_stored_as_an_rfc2047_encoded_word_and_ascii_metadata_as_it_is()
    {
        var (store, container) = await StoreAsync();

        var stored = await store.SaveAsync(Upload("Báo cáo.pdf", "x"), TestContext.CancellationToken);

        var raw = (await container.GetBlobClient(stored.BlobName).GetPropertiesAsync(cancellationToken: TestContext.CancellationToken)).Value.Metadata;
        Assert.AreEqual("=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes("Nông Thị Thu")) + "?=", raw["uploader"]);
        Assert.AreEqual("self-report", raw["kind"]);
    }

    [TestMethod]
    public async Task Listing_and_download_decode_the_stored_metadata()
    {
        var (store, _) = await StoreAsync();
        var stored = await store.SaveAsync(Upload("Tự kiểm tra.pdf", "nội dung"), TestContext.CancellationToken);

        var listed = (await store.ListAsync("plan-2023", "insp-hanh-son", cancellationToken: TestContext.CancellationToken)).Single();
        var downloaded = await store.DownloadAsync(stored.BlobName, TestContext.CancellationToken);

        Assert.AreEqual(stored, listed);
        Assert.AreEqual(stored, downloaded.Document);
    }

    [TestMethod]
    public async Task Next_upload_is_a_new_version_and_leaves_the_first_untouched()
    {
        var (store, _) = await StoreAsync();

        var first = await store.SaveAsync(Upload("bao-cao.pdf", "v1"), TestContext.CancellationToken);
        var second = await store.SaveAsync(Upload("bao-cao.pdf", "v2"), TestContext.CancellationToken);

        Assert.AreEqual(2, second.Version);
        Assert.AreEqual("plan-2023/insp-hanh-son/self-report/2-bao-cao.pdf", second.BlobName);
        Assert.AreEqual("v1", (await store.DownloadAsync(first.BlobName, TestContext.CancellationToken)).Content.ToString());
        Assert.AreEqual("v2", (await store.DownloadAsync(second.BlobName, TestContext.CancellationToken)).Content.ToString());
    }

    [TestMethod]
    public async Task Concurrent_uploads_with_different_names_get_distinct_versions()
    {
        var (store, _) = await StoreAsync();

        var stored = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            Task.Run(() => store.SaveAsync(Upload($"tep-{i}.pdf", $"noi dung {i}"), TestContext.CancellationToken))));

        CollectionAssert.AreEqual(Enumerable.Range(1, 10).ToList(), stored.Select(d => d.Version).Order().ToList());
        var listed = await store.ListAsync("plan-2023", "insp-hanh-son", DocumentKind.SelfReport, TestContext.CancellationToken);
        CollectionAssert.AreEqual(Enumerable.Range(1, 10).ToList(), listed.Select(d => d.Version).ToList());
    }

    [TestMethod]
    public async Task Redelivered_step_gets_its_earlier_version_instead_of_a_new_one()
    {
        var (store, _) = await StoreAsync();

        var first = await store.SaveAsync(Upload("thong-bao.docx", "lần 1", "insp-1:notice", DocumentKind.Notice), TestContext.CancellationToken);
        var again = await store.SaveAsync(Upload("thong-bao.docx", "lần 2", "insp-1:notice", DocumentKind.Notice), TestContext.CancellationToken);

        Assert.AreEqual(first.BlobName, again.BlobName);
        Assert.AreEqual(first.Sha256, again.Sha256);
        Assert.HasCount(1, await store.ListAsync("plan-2023", "insp-hanh-son", DocumentKind.Notice, TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Kinds_are_versioned_separately_and_listed_together()
    {
        var (store, _) = await StoreAsync();

        await store.SaveAsync(Upload("bao-cao.pdf", "a"), TestContext.CancellationToken);
        var draft = await store.SaveAsync(Upload("du-thao.docx", "b", kind: DocumentKind.DraftReport), TestContext.CancellationToken);
        var all = await store.ListAsync("plan-2023", "insp-hanh-son", cancellationToken: TestContext.CancellationToken);

        Assert.AreEqual(1, draft.Version);
        CollectionAssert.AreEqual(new[] { DocumentKind.SelfReport, DocumentKind.DraftReport }, all.Select(d => d.Kind).ToArray());
        Assert.AreEqual("Nông Thị Thu", all[0].Uploader);
    }

    [TestMethod]
    public async Task Unsafe_file_name_is_sanitised_into_one_segment()
    {
        var (store, _) = await StoreAsync();

        var stored = await store.SaveAsync(Upload("../../khác/Kế hoạch?.pdf", "x"), TestContext.CancellationToken);

        Assert.AreEqual("plan-2023/insp-hanh-son/self-report/1-Kế hoạch.pdf", stored.BlobName);
    }

    [TestMethod]
    public async Task Altered_blob_fails_the_hash_check_on_download()
    {
        var (store, container) = await StoreAsync();
        var stored = await store.SaveAsync(Upload("bao-cao.pdf", "bản gốc"), TestContext.CancellationToken);
        var blob = container.GetBlobClient(stored.BlobName);
        var metadata = (await blob.GetPropertiesAsync(cancellationToken: TestContext.CancellationToken)).Value.Metadata;

        await blob.UploadAsync(BinaryData.FromString("bản bị sửa"), new BlobUploadOptions { Metadata = metadata }, TestContext.CancellationToken);

        await Assert.ThrowsExactlyAsync<DocumentIntegrityException>(() => store.DownloadAsync(stored.BlobName, TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Generated_docx_round_trips_through_the_store()
    {
        var (store, _) = await StoreAsync();
        byte[] docx = new DocxWriter().Write(SampleDocuments.Decision());

        var stored = await store.SaveAsync(Upload("12-QD-MTTQ-BTT.docx", "") with
        {
            Kind = DocumentKind.TeamDecision,
            Content = BinaryData.FromBytes(docx),
            ContentType = DocxWriter.ContentType,
            Uploader = "system",
        }, TestContext.CancellationToken);
        var downloaded = await store.DownloadAsync(stored.BlobName, TestContext.CancellationToken);

        CollectionAssert.AreEqual(docx, downloaded.Content.ToArray());
        Assert.AreEqual(DocxWriter.ContentType, downloaded.Document.ContentType);
    }

    [TestMethod]
    public async Task Ids_that_would_escape_their_folder_are_refused()
    {
        var (store, _) = await StoreAsync();

        await Assert.ThrowsExactlyAsync<ArgumentException>(() =>
            store.SaveAsync(Upload("a.pdf", "x") with { InspectionId = "../other" }, TestContext.CancellationToken));
        await Assert.ThrowsExactlyAsync<ArgumentException>(() =>
            store.SaveAsync(Upload("a.pdf", "x") with { PlanId = ".versions" }, TestContext.CancellationToken));
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.ReadModel.Inspections;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

[TestClass]
public sealed class DocumentDownloadTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Stored_document_downloads_with_its_type_Vietnamese_file_name_and_sha256_ETag()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        byte[] pdf = "%PDF-1.4\n% Báo cáo tự kiểm tra\n%%EOF\n"u8.ToArray();
        var document = await StoreAsync(host, pdf, "Báo cáo tự kiểm tra.pdf");

        using var response = await host.Client.SendAsync(ApiRequests.Get($"api/documents/{document.Id}", "supervisor"), TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        CollectionAssert.AreEqual(pdf, await response.Content.ReadAsByteArrayAsync(TestContext.CancellationToken));
        Assert.AreEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.AreEqual("Báo cáo tự kiểm tra.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.AreEqual($"\"{Convert.ToHexStringLower(SHA256.HashData(pdf))}\"", response.Headers.ETag?.Tag);
    }

    [TestMethod]
    public async Task Download_tells_the_browser_not_to_sniff_the_content_type()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var document = await StoreAsync(host, "%PDF-1.4\n%%EOF\n"u8.ToArray(), "Bao cao.pdf");

        using var response = await host.Client.SendAsync(ApiRequests.Get($"api/documents/{document.Id}", "inspector"), TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        CollectionAssert.AreEqual(new[] { "nosniff" }, response.Headers.GetValues("X-Content-Type-Options").ToArray());
    }

    [TestMethod]
    public async Task Download_with_the_current_ETag_is_304_Not_Modified()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var document = await StoreAsync(host, "%PDF-1.4\n%%EOF\n"u8.ToArray(), "Thong bao.pdf");
        using var conditional = ApiRequests.Get($"api/documents/{document.Id}", "inspector");
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{document.Sha256}\""));

        using var response = await host.Client.SendAsync(conditional, TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.NotModified, response.StatusCode);
    }

    /// <summary>A self-report as the upload route stores it: the next version in Blob, listed on its inspection.</summary>
    private async Task<InspectionDocument> StoreAsync(TestHost host, byte[] content, string fileName)
    {
        string planId = $"t{Guid.NewGuid().ToString("N")[..8]}.2027.0123456789ab";
        var stored = await host.Services.GetRequiredService<DocumentStore>().SaveAsync(new DocumentUpload
        {
            PlanId = planId,
            InspectionId = planId + ".001",
            Kind = DocumentKind.SelfReport,
            FileName = fileName,
            ContentType = "application/pdf",
            Content = BinaryData.FromBytes(content),
            Uploader = "unit:test",
        }, TestContext.CancellationToken);
        return await host.Services.GetRequiredService<InspectionStore>().AddDocumentAsync(
            stored, DateTimeOffset.UtcNow, cancellationToken: TestContext.CancellationToken);
    }
}

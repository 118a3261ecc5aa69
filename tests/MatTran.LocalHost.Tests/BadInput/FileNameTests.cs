using System.Net;
using System.Text.Json;
using Azure.Storage.Blobs;
using MatTran.Inspections.Links;
using MatTran.Inspections.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// Hostile file names on the self-report upload, against an inspection that takes one (a rehearsal in its self-report
/// window): a name is never refused for its directory part or its invisible characters — it is stored as its last
/// path segment with control, format (bidi, zero-width) and punctuation characters dropped, in NFC, at most 120
/// characters (docs/api.md § Bad input). What is left must still be an allowed type with a name (415, 422 otherwise).
/// </summary>
[TestClass]
public sealed class FileNameTests
{
    private static LaunchedPlan s_plan = null!;
    private static BadInputHost s_bad = null!;

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        s_bad = await BadInputHost.GetAsync(context.CancellationToken);
        // A plan day every 30 s: the district's self-report window (notice to visit) lasts about seven minutes.
        s_plan = await LaunchedPlan.StartBeforeNoticeAsync(s_bad.Host, secondsPerDay: 30, context.CancellationToken);
        await s_plan.WaitUntilAsync(s_plan.DistrictInspection, i => LaunchedPlan.Stage(i) is "NoticeSent" or "AwaitingSelfReport", "the notice");
    }

    [TestMethod]
    [DataRow("filename=\"../../bao-cao.pdf\"", "bao-cao.pdf")]
    [DataRow("filename=\"..\\..\\bao-cao.pdf\"", "bao-cao.pdf")]
    [DataRow("filename=\"/etc/bao-cao.pdf\"", "bao-cao.pdf")]
    [DataRow("filename=\"C:\\Windows\\System32\\bao-cao.pdf\"", "bao-cao.pdf")]
    [DataRow("filename=\"\\\\server\\share\\bao-cao.pdf\"", "bao-cao.pdf")]
    [DataRow("filename=\"%2e%2e%2fbao-cao.pdf\"", "2e2e2fbao-cao.pdf")]
    [DataRow("filename*=UTF-8''%2e%2e%2f%2e%2e%2fbao-cao.pdf", "bao-cao.pdf")]
    [DataRow("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD%201.pdf", "Báo cáo quý 1.pdf")]
    [DataRow("filename=\"bao\u0000cao.pdf\"", "baocao.pdf")]
    [DataRow("filename=\"bao\u0007\u001b\u007fcao.pdf\"", "baocao.pdf")]
    [DataRow("filename=\"bao\tcao.pdf\"", "baocao.pdf")]
    [DataRow("filename=\"hoso\u202Efdp.pdf\"", "hosofdp.pdf")]
    [DataRow("filename=\"bao\u200Bcao\u2066.pdf\uFEFF\"", "baocao.pdf")]
    [DataRow("filename=\"Ba\u0301o ca\u0301o.pdf\"", "Báo cáo.pdf")]
    [DataRow("filename=\"<script>alert(1)</script>.pdf\"", "script.pdf")]
    [DataRow("filename=\"  ..bao cao   quy.pdf. \"", "bao cao quy.pdf")]
    public async Task A_hostile_name_is_stored_as_its_safe_form(string disposition, string stored)
    {
        string before = await StoredAsync();
        using var response = await UploadAsync(disposition);
        Assert.AreEqual(HttpStatusCode.Accepted, response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
        var documents = await SelfReportsAsync();
        Assert.AreEqual(stored, documents[^1].GetProperty("fileName").GetString());
        Assert.AreNotEqual(before, await StoredAsync());
        await AssertBlobNamesAreSafeAsync();
        s_bad.AssertLogHoldsNoSecrets();
    }

    [TestMethod]
    public async Task A_very_long_name_is_shortened_keeping_its_extension()
    {
        using var response = await UploadAsync($"filename=\"{new string('a', 300)}.pdf\"");
        Assert.AreEqual(HttpStatusCode.Accepted, response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
        Assert.AreEqual(new string('a', 116) + ".pdf", (await SelfReportsAsync())[^1].GetProperty("fileName").GetString());
    }

    [TestMethod]
    [DataRow("filename=\"hoso\u202Efdp.exe\"", 415, ValidationCodes.UploadTypeNotAllowed)]
    [DataRow("filename=\"bao-cao.pdf.exe\"", 415, ValidationCodes.UploadTypeNotAllowed)]
    [DataRow("filename=\"bao-cao.pdf\u0000.exe\"", 415, ValidationCodes.UploadTypeNotAllowed)]
    [DataRow("filename=\"../../\"", 422, ValidationCodes.UploadNameInvalid)]
    [DataRow("filename=\".pdf\"", 415, ValidationCodes.UploadTypeNotAllowed)]
    [DataRow("filename=\"\u202E\u200B.pdf\"", 415, ValidationCodes.UploadTypeNotAllowed)]
    [DataRow("filename=\"...\"", 422, ValidationCodes.UploadNameInvalid)]
    public async Task A_name_left_without_an_allowed_type_or_a_stem_is_refused(string disposition, int status, string code)
    {
        string before = await StoredAsync();
        using var response = await UploadAsync(disposition);
        var problem = await response.ReadProblemAsync(status, TestContext.CancellationToken);
        CollectionAssert.Contains(RefusalAssert.Codes(problem, "file"), code, problem.ToString());
        Assert.AreEqual(before, await StoredAsync(), "a refused upload stored something");
        s_bad.AssertLogHoldsNoSecrets();
    }

    private async Task<HttpResponseMessage> UploadAsync(string disposition)
    {
        string token = s_plan.Link(s_plan.Tree.District, s_plan.DistrictInspection, UnitLinkPurpose.SelfReportUpload);
        using var request = new HttpRequestMessage(HttpMethod.Post,
            new Uri($"api/inspections/{s_plan.DistrictInspection}/self-report?t={Uri.EscapeDataString(token)}", UriKind.Relative))
        {
            Content = RawUpload.Pdf(disposition, TestFiles.Pdf),
        };
        return await s_bad.Client.SendAsync(request, TestContext.CancellationToken);
    }

    private async Task<List<JsonElement>> SelfReportsAsync()
    {
        var inspection = await s_plan.InspectionAsync(s_plan.DistrictInspection) ?? throw new AssertFailedException("no inspection");
        return [.. inspection.GetProperty("documents").EnumerateArray()
            .Where(d => d.GetProperty("id").GetString()!.Contains(".self-report.v", StringComparison.Ordinal))
            .OrderBy(d => d.GetProperty("version").GetInt32())];
    }

    /// <summary>The inspection's documents and every blob under the plan: what an upload stores.</summary>
    private async Task<string> StoredAsync()
    {
        var documents = string.Join('\n', (await SelfReportsAsync()).Select(d => d.GetRawText()));
        return documents + "\n" + string.Join('\n', await BlobNamesAsync());
    }

    private async Task<List<string>> BlobNamesAsync()
    {
        var names = new List<string>();
        var blobs = s_bad.Host.Services.GetRequiredService<BlobServiceClient>();
        await foreach (var container in blobs.GetBlobContainersAsync(cancellationToken: TestContext.CancellationToken))
        {
            await foreach (var blob in blobs.GetBlobContainerClient(container.Name).GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, s_plan.PlanId, cancellationToken: TestContext.CancellationToken))
            {
                names.Add(container.Name + "/" + blob.Name);
            }
        }

        return names;
    }

    private async Task AssertBlobNamesAreSafeAsync()
    {
        foreach (string name in await BlobNamesAsync())
        {
            Assert.DoesNotContain("..", name);
            Assert.DoesNotContain("\\", name);
            Assert.AreEqual(-1, TextRules.FindForbidden(name), name);
        }
    }
}

using System.Text;
using MatTran.Api.UnitPortal;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Links;
using MatTran.Inspections.Uploads;
using Microsoft.Playwright;

namespace MatTran.LocalHost.Tests.UnitPortal;

/// <summary>The unit's side of the self-report step, in Chromium, against the real API and workflow.</summary>
[TestClass]
public sealed class UnitPortalSelfReportTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Unit_sees_its_stage_in_Vietnamese_and_uploads_its_self_report_through_the_emailed_link()
    {
        await using var scenario = await PortalScenario.StartAsync(TestContext.CancellationToken);
        // From the day before the notice, three real seconds a plan day: the self-report stage lasts about 40 s.
        string inspectionId = await scenario.LaunchInspectionOfDistrictAsync(PortalScenario.NoticeDay.AddDays(-1), secondsPerDay: 3);
        await scenario.WaitForStageAsync(inspectionId, "AwaitingSelfReport");
        string token = scenario.LinkToken(scenario.Units.District, inspectionId, UnitLinkPurpose.SelfReportUpload);
        var page = await PortalBrowser.NewSharedPageAsync();

        await page.GotoAsync(scenario.PageUrl(inspectionId, token));

        var stage = page.Locator("#field-stage");
        await Assertions.Expect(stage).ToHaveTextAsync("Chờ báo cáo tự kiểm tra");
        await Assertions.Expect(page.Locator("#field-visit-date")).ToHaveTextAsync("15/06/2027");
        await Assertions.Expect(page.Locator("#field-kind")).ToHaveTextAsync("Kiểm tra");
        await Assertions.Expect(page.Locator("#self-report")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#feedback")).ToBeHiddenAsync();
        // The notice and team decision issued on the notice day are listed with download links carrying the link.
        await Assertions.Expect(page.Locator("#document-rows tr").Filter(new() { HasText = "Thông báo kiểm tra, giám sát" })).ToHaveCountAsync(1);

        var form = page.Locator("#self-report-form");
        await page.SetInputFilesAsync("#self-report-file", new FilePayload { Name = "ghi-chu.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("không phải PDF") });
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(form.Locator(".form-result.error")).ToContainTextAsync("Chỉ chấp nhận tệp");

        byte[] tooLarge = new byte[PortalScenario.UploadLimitBytes + 1];
        TestFiles.Pdf.CopyTo(tooLarge, 0);
        await page.SetInputFilesAsync("#self-report-file", new FilePayload { Name = "qua-lon.pdf", MimeType = "application/pdf", Buffer = tooLarge });
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(form.Locator(".form-result.error")).ToHaveTextAsync(UploadTexts.TooLarge(PortalScenario.UploadLimitBytes));

        await page.SetInputFilesAsync("#self-report-file", new FilePayload { Name = "bao-cao-tu-kiem-tra.pdf", MimeType = "application/pdf", Buffer = TestFiles.Pdf });
        await form.Locator("button[type=submit]").ClickAsync();

        // The kind's own wording (Đoàn kiểm tra / giám sát), which the page puts over the generic text.
        await Assertions.Expect(form.Locator(".form-result.success")).ToHaveTextAsync(UnitPortalTexts.ForKind(InspectionKind.Inspection)["selfReportSent"]);
        var uploaded = page.Locator($"#document-rows tr[data-document-id='{inspectionId}.self-report.v1']");
        await Assertions.Expect(uploaded).ToContainTextAsync("bao-cao-tu-kiem-tra.pdf");
        await Assertions.Expect(uploaded).ToContainTextAsync("Báo cáo tự kiểm tra");
        string? href = await uploaded.Locator("a.download").GetAttributeAsync("href");
        Assert.AreEqual($"/api/documents/{inspectionId}.self-report.v1?t={Uri.EscapeDataString(token)}", href);
        using var download = await scenario.Host.Client.GetAsync(new Uri(href!.TrimStart('/'), UriKind.Relative), TestContext.CancellationToken);
        CollectionAssert.AreEqual(TestFiles.Pdf, await download.Content.ReadAsByteArrayAsync(TestContext.CancellationToken));
        // The page keeps reading until the workflow has taken the report in.
        await Assertions.Expect(stage).ToHaveTextAsync("Chờ làm việc tại đơn vị", new() { Timeout = 30_000 });
        CollectionAssert.AreEqual(Array.Empty<string>(), await PortalBrowser.CspViolationsAsync(page));
    }

    [TestMethod]
    public async Task Expired_link_shows_the_invalid_link_message_with_the_api_explanation()
    {
        await using var scenario = await PortalScenario.StartAsync(TestContext.CancellationToken);
        string token = scenario.ExpiredLinkToken(scenario.Units.District, "khong-co.001");
        var page = await PortalBrowser.NewSharedPageAsync();

        var response = await page.GotoAsync(scenario.PageUrl("khong-co.001", token));

        var error = page.Locator("#page-error");
        await Assertions.Expect(error).ToContainTextAsync(UnitPortalTexts.InvalidLink);
        await Assertions.Expect(error).ToContainTextAsync("hết hạn");
        Assert.AreEqual(200, response!.Status);
        await Assertions.Expect(page.Locator("#overview")).ToBeHiddenAsync();
    }

    [TestMethod]
    public async Task Another_units_link_shows_the_invalid_link_message_and_no_inspection_data()
    {
        await using var scenario = await PortalScenario.StartAsync(TestContext.CancellationToken);
        string inspectionId = await scenario.LaunchInspectionOfDistrictAsync();
        await scenario.WaitForStageAsync(inspectionId, "Scheduled");
        string otherUnitsToken = scenario.LinkToken(scenario.Units.Commune, inspectionId, UnitLinkPurpose.SelfReportUpload);
        var page = await PortalBrowser.NewSharedPageAsync();

        await page.GotoAsync(scenario.PageUrl(inspectionId, otherUnitsToken));

        await Assertions.Expect(page.Locator("#page-error")).ToContainTextAsync(UnitPortalTexts.InvalidLink);
        await Assertions.Expect(page.Locator("#overview")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#field-visit-date")).ToBeEmptyAsync();
    }
}

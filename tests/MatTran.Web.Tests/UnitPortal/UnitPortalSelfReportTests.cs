using System.Text;
using MatTran.LocalHost.Tests;
using MatTran.LocalHost.Tests.Rehearsal;
using MatTran.LocalHost.Tests.UnitPortal;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Links;
using MatTran.Inspections.Uploads;
using Microsoft.Playwright;

namespace MatTran.Web.Tests.UnitPortal;

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

        await Assertions.Expect(form.Locator(".form-result.success")).ToHaveTextAsync(PortalTexts.ForKind("Inspection", "selfReportSent"));
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
        await Assertions.Expect(error).ToContainTextAsync(PortalTexts.InvalidLink);
        await Assertions.Expect(error).ToContainTextAsync("hết hạn");
        Assert.AreEqual(200, response!.Status);
        await Assertions.Expect(page.Locator("#overview")).ToBeHiddenAsync();
    }

    [TestMethod]
    public async Task Expired_link_offers_a_new_link_which_goes_to_the_units_registered_address_and_opens_the_page()
    {
        await using var scenario = await PortalScenario.StartAsync(TestContext.CancellationToken);
        string inspectionId = await scenario.LaunchInspectionOfDistrictAsync();
        var page = await PortalBrowser.NewSharedPageAsync();

        await page.GotoAsync(scenario.PageUrl(inspectionId, scenario.ExpiredLinkToken(scenario.Units.District, inspectionId)));
        var renewal = page.Locator("#renew-link");
        await Assertions.Expect(page.Locator("#page-error")).ToContainTextAsync("hết hạn");
        await Assertions.Expect(renewal).ToBeVisibleAsync();
        await renewal.Locator("#renew-link-button").ClickAsync();

        await Assertions.Expect(renewal.Locator(".form-result.success")).ToHaveTextAsync(PortalTexts.RenewalSent);
        await Assertions.Expect(renewal.Locator("#renew-link-button")).ToBeDisabledAsync();
        using var mailbox = new MaildevMailbox(scenario.Host.Servers.MailWebUri);
        var email = await WaitForRenewalAsync(mailbox, "haquang@example.vn", inspectionId);
        await page.GotoAsync(scenario.PageUrl(inspectionId, MaildevMailbox.LinkToken(email)));
        await Assertions.Expect(page.Locator("#field-stage")).ToHaveTextAsync("Đã lên lịch");
        await Assertions.Expect(page.Locator("#renew-link")).ToBeHiddenAsync();
        CollectionAssert.AreEqual(Array.Empty<string>(), await PortalBrowser.CspViolationsAsync(page));
    }

    /// <summary>The renewal email for this inspection (the district's mailbox is shared by every portal test).</summary>
    private async Task<ReceivedEmail> WaitForRenewalAsync(MaildevMailbox mailbox, string address, string inspectionId)
    {
        for (var started = DateTime.UtcNow; ; await Task.Delay(200, TestContext.CancellationToken))
        {
            var found = (await mailbox.ToAsync(address, TestContext.CancellationToken))
                .FirstOrDefault(e => e.Subject.StartsWith("Đường liên kết mới", StringComparison.Ordinal) && e.Text?.Contains(inspectionId, StringComparison.Ordinal) == true);
            if (found is not null)
            {
                return found;
            }

            Assert.IsLessThan(TimeSpan.FromSeconds(60), DateTime.UtcNow - started, "No renewal email for " + inspectionId);
        }
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

        await Assertions.Expect(page.Locator("#page-error")).ToContainTextAsync(PortalTexts.InvalidLink);
        await Assertions.Expect(page.Locator("#overview")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#field-visit-date")).ToBeEmptyAsync();
    }
}

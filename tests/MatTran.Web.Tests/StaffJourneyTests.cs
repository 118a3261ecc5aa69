using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MatTran.Inspections.Calendar;
using MatTran.LocalHost.Tests;
using MatTran.LocalHost.Tests.Rehearsal;
using MatTran.LocalHost.Tests.UnitPortal;
using Microsoft.Playwright;

namespace MatTran.Web.Tests;

/// <summary>
/// One inspection from the registry to remediation, done in Chromium through the staff app and the unit page, on the
/// real local host with Azurite, maildev and a rehearsal clock (1.5 real seconds per plan day). Each main page is
/// screenshot under the test results and checked for lang="vi", one h1 and labelled inputs.
/// </summary>
[TestClass]
public sealed class StaffJourneyTests
{
    private const double SecondsPerDay = 1.5;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(420_000, CooperativeCancellation = true)]
    public async Task Planner_team_supervisor_and_unit_take_an_inspection_from_import_to_remediation_in_the_browser()
    {
        var ct = TestContext.CancellationToken;
        await using var scenario = await WebScenario.StartAsync(ct);
        var page = await PortalBrowser.NewSharedPageAsync();
        var web = new WebPages(page, scenario.Host.Address, TestContext);
        int year = DateTime.UtcNow.Year + 1;
        var visit = new WorkingDayCalendar(new WorkingDayCalendarOptions()).NextWorkingDayOnOrAfter(new DateOnly(year, 6, 15));

        // The planner imports the registry: one bad line is shown with its message and nothing is stored.
        await web.SignInAsync("planner");
        await web.RecordAsync("my-work-planner");
        await web.OpenAsync("registry", "Danh mục đơn vị");
        await page.Locator("#csv-text").FillAsync(scenario.UnitsCsv(badEmail: true));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();
        var badRows = page.Locator("table tr.row-error");
        await Assertions.Expect(badRows).ToHaveCountAsync(1);
        await Assertions.Expect(badRows.First).ToContainTextAsync("khong-phai-email");
        await Assertions.Expect(badRows.First.Locator("td").First).ToHaveTextAsync("4");
        await web.RecordAsync("registry-import-errors");
        var stored = await scenario.GetAsync("api/units");
        Assert.IsFalse(stored.EnumerateArray().Any(u => u.GetProperty("id").GetString()!.StartsWith(scenario.Prefix, StringComparison.Ordinal)), "a rejected file stores nothing");

        await page.Locator("#csv-text").FillAsync(scenario.UnitsCsv(badEmail: false));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();
        await Assertions.Expect(page.Locator("table caption").Filter(new() { HasText = "Xem trước" })).ToContainTextAsync("3 đơn vị");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu danh mục" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.ok")).ToHaveTextAsync("Đã lưu 3 đơn vị.");
        await Assertions.Expect(page.Locator("ul.tree")).ToContainTextAsync("xã Hồng Việt " + scenario.Prefix);
        await web.RecordAsync("registry");

        // The plan editor shows each message next to its field, then creates the plan.
        await web.OpenAsync("plans/new", "Lập kế hoạch");
        await page.Locator("#plan-number").FillAsync("325/KH-MTTQ-BTT");
        await page.Locator("#plan-year").FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#plan-issuer").SelectOptionAsync(scenario.Province);
        await page.Locator("#plan-topics").FillAsync("Thực hiện Điều lệ MTTQ Việt Nam\nQuỹ Vì người nghèo");
        await page.Locator("#unit-0").SelectOptionAsync(scenario.District);
        await page.Locator("#visit-0").FillAsync(visit.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#from-0").FillAsync($"{year - 1}-01-01");
        await page.Locator("#to-0").FillAsync($"{year - 1}-12-31");
        await page.Locator("#members-0").FillAsync("Trần Văn Hùng");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kế hoạch" }).ClickAsync();
        await Assertions.Expect(page.Locator("#plan-title ~ .field-error")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#lead-0 ~ .field-error")).ToHaveCountAsync(1);
        await web.RecordAsync("plan-editor-errors");
        await page.Locator("#plan-title").FillAsync($"Kế hoạch kiểm tra, giám sát năm {year}");
        await page.Locator("#lead-0").FillAsync("Nguyễn Thị Lan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kế hoạch" }).ClickAsync();
        await Assertions.Expect(page.Locator("#plan-status")).ToHaveTextAsync("Dự thảo", new() { Timeout = 30_000 });
        string planId = page.Url[(page.Url.LastIndexOf("/plans/", StringComparison.Ordinal) + "/plans/".Length)..];
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt kế hoạch" })).ToHaveCountAsync(0);

        // The supervisor approves; the planner launches it as a rehearsal a plan day before its notice day.
        await web.SignInAsync("supervisor");
        await web.OpenAsync($"plans/{planId}", "Kế hoạch");
        await page.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt kế hoạch" }).ClickAsync();
        await Assertions.Expect(page.Locator("#plan-status")).ToHaveTextAsync("Đã phê duyệt");
        await web.SignInAsync("planner");
        await web.OpenAsync($"plans/{planId}", "Kế hoạch");
        await page.Locator("#rehearsal-start").FillAsync(Rehearsals.NoticeDay(visit).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#rehearsal-speed").FillAsync(SecondsPerDay.ToString(CultureInfo.InvariantCulture));
        await web.RecordAsync("plan-approved");
        await page.GetByRole(AriaRole.Button, new() { Name = "Triển khai diễn tập" }).ClickAsync();
        await Assertions.Expect(page.Locator("#plan-status")).ToHaveTextAsync("Đang triển khai");
        await Assertions.Expect(page.Locator("progress")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await web.RecordAsync("plan-launched");
        string inspectionId = planId + ".001";

        // The Development mailbox shows the notice maildev received, opened in place with its signed link as an anchor;
        // the unit follows that link and uploads its self-report on the unit page.
        var notice = await scenario.Mail.WaitForAsync(scenario.DistrictEmail, "Thông báo kiểm tra", ct);
        string emailedLink = EmailedUnitLink(notice, inspectionId);
        // The mailbox holds units' link tokens: administrators only.
        await web.SignInAsync("admin");
        await web.OpenAsync("dev/mailbox", "Hộp thư đã gửi");
        await page.Locator("#mail-to").FillAsync(scenario.DistrictEmail);
        await page.Locator("#mail-to").PressAsync("Tab");
        var sent = page.Locator("tbody tr").Filter(new() { HasText = "Thông báo kiểm tra" });
        await Assertions.Expect(sent).ToHaveCountAsync(1);
        await sent.GetByRole(AriaRole.Button).ClickAsync();
        var link = sent.Locator(".mail-body a").Filter(new() { HasText = $"/units/inspections/{inspectionId}?" });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", emailedLink);
        await web.RecordAsync("dev-mailbox-notice");
        // The link names the public base URL (http://localhost:7071, the human's host); what the browser asks there is
        // answered by this test's host (fetched and handed back, so the page still sees its own origin), so the click
        // opens the unit page exactly as the email addresses it.
        var publicBase = new Uri(emailedLink).GetLeftPart(UriPartial.Authority);
        string testBase = scenario.Host.Address.GetLeftPart(UriPartial.Authority);
        await page.RouteAsync(publicBase + "/**", async route =>
            await route.FulfillAsync(new() { Response = await route.FetchAsync(new() { Url = testBase + route.Request.Url[publicBase.Length..] }) }));
        await link.ClickAsync();
        await Assertions.Expect(page.Locator("#self-report-file")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.SetInputFilesAsync("#self-report-file", new FilePayload { Name = "bao-cao-tu-kiem-tra.pdf", MimeType = "application/pdf", Buffer = TestFiles.Pdf });
        await page.Locator("#self-report-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#self-report-form .form-result.success")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await web.RecordAsync("unit-page");
        await page.UnrouteAsync(publicBase + "/**");

        // Visit day: the team lead records findings by topic, with a VND figure, and the draft report.
        await scenario.WaitForStageAsync(inspectionId, "AwaitingFindings");
        await web.SignInAsync("inspector");
        // The team inbox is the signed-in lead's: "Nguyễn Thị Lan" names nobody of the issuer's directory yet.
        await Assertions.Expect(page.Locator("#team-heading")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"tr[data-inspection='{inspectionId}']")).ToHaveCountAsync(0);
        await scenario.AddStaffAsync("nguyen-thi-lan", "Nguyễn Thị Lan", "inspector");
        await web.SignInAsync("inspector");
        await Assertions.Expect(page.Locator($"tr[data-inspection='{inspectionId}']")).ToContainTextAsync("Chờ kết quả kiểm tra");
        await RecordFindingsAsync(web, inspectionId, "Dự thảo báo cáo lần 1");
        await scenario.WaitForStageAsync(inspectionId, "AwaitingUnitFeedback");

        // The unit answers the draft from its email.
        var draftEmail = await scenario.Mail.WaitForAsync(scenario.DistrictEmail, "Dự thảo báo cáo", ct);
        await page.GotoAsync(scenario.UnitPageUrl(inspectionId, draftEmail));
        await page.Locator("#feedback-text").FillAsync("Đơn vị giải trình: số liệu quỹ đã được đối chiếu lại.");
        await page.Locator("#feedback-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#feedback-form .form-result.success")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await scenario.WaitUntilAsync(inspectionId, i => i.GetProperty("feedback").GetArrayLength() == 1, "unit feedback");

        // The team submits the conclusion; the supervisor returns it once from the inbox.
        await web.SignInAsync("inspector");
        await SubmitConclusionAsync(web, scenario, planId, inspectionId);
        await web.SignInAsync("supervisor");
        var row = page.Locator($"tr[data-inspection='{inspectionId}']");
        await Assertions.Expect(row).ToContainTextAsync("Chờ phê duyệt kết luận");
        await web.RecordAsync("my-work-supervisor");
        await row.Locator($"[id='comment-{inspectionId}']").FillAsync("Bổ sung số liệu về nhà Đại đoàn kết");
        await row.GetByRole(AriaRole.Button, new() { Name = "Trả lại để sửa" }).ClickAsync();
        // The inbox waits for the workflow to take the decision (however long it takes), then lists without the item.
        await Assertions.Expect(page.Locator("p.ok")).ToHaveTextAsync("Đã cập nhật.", new() { Timeout = 90_000 });
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await scenario.WaitForStageAsync(inspectionId, "AwaitingFindings");

        // The team revises the draft and resubmits; the supervisor approves on the inspection page.
        await web.SignInAsync("inspector");
        await RecordFindingsAsync(web, inspectionId, "Dự thảo báo cáo lần 2, bổ sung số liệu");
        await scenario.WaitForStageAsync(inspectionId, "AwaitingUnitFeedback");
        await SubmitConclusionAsync(web, scenario, planId, inspectionId);
        await web.SignInAsync("supervisor");
        await web.OpenAsync($"inspections/{inspectionId}", "Cuộc kiểm tra");
        await Assertions.Expect(page.Locator(".warning").Filter(new() { HasText = "Trả lại" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt kết luận" }).ClickAsync();
        await scenario.WaitForStageAsync(inspectionId, "Remediation");

        // The unit reports its remediation from the conclusion email; the team accepts it.
        var conclusionEmail = await scenario.Mail.WaitForAsync(scenario.DistrictEmail, "Thông báo kết luận", ct);
        await scenario.WaitUntilAsync(inspectionId, i => i.GetProperty("remediations").GetArrayLength() == 1, "remediation item");
        await page.GotoAsync(scenario.UnitPageUrl(inspectionId, conclusionEmail));
        var item = page.Locator("#remediation-list article").First;
        await item.Locator("textarea[name=text]").FillAsync("Đã kiện toàn Ban Thanh tra nhân dân theo Quyết định số 15.");
        await item.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "minh-chung.pdf", MimeType = "application/pdf", Buffer = TestFiles.Pdf });
        await item.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#remediation-list article").First.Locator(".form-result.success")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await scenario.WaitUntilAsync(inspectionId, i => Remediation(i).GetProperty("status").GetString() == "Reported", "remediation reported");

        await web.SignInAsync("inspector");
        await web.OpenAsync($"inspections/{inspectionId}", "Cuộc kiểm tra");
        var card = page.Locator($"article[data-remediation='{inspectionId}.r1']");
        await card.Locator("input[type=text]").FillAsync("Đạt yêu cầu");
        await card.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận" }).ClickAsync();
        await Assertions.Expect(card.Locator(".remediation-status")).ToHaveTextAsync("Đã chấp nhận", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".figure").First).ToContainTextAsync("7.955.058.171 đồng");
        await web.RecordAsync("inspection");
        var details = await scenario.GetAsync($"api/inspections/{inspectionId}");
        Assert.AreEqual(2, details.GetProperty("drafts").GetArrayLength(), "both draft revisions are kept");

        // The planner's dashboard counts what the API's plan says, stage by stage.
        await web.SignInAsync("planner");
        await web.OpenAsync($"plans/{planId}/dashboard", "Tổng hợp kế hoạch");
        var plan = await scenario.GetAsync($"api/plans/{planId}");
        var expected = plan.GetProperty("inspections").EnumerateArray().Concat(plan.GetProperty("followUps").EnumerateArray())
            .GroupBy(i => i.GetProperty("stage").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (stage, count) in expected)
        {
            await Assertions.Expect(page.Locator($"#stage-counts [data-stage='{stage}'] .value")).ToHaveTextAsync(count.ToString(CultureInfo.InvariantCulture));
        }

        await Assertions.Expect(page.Locator("#stage-counts [data-stage='Total'] .value")).ToHaveTextAsync(expected.Values.Sum().ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#by-district tbody tr")).ToContainTextAsync("huyện Hòa An " + scenario.Prefix);
        await Assertions.Expect(page.Locator(".calendar .month").Nth(visit.Month - 1)).ToContainTextAsync("huyện Hòa An");
        await web.RecordAsync("plan-dashboard");
        await page.Context.CloseAsync();
    }

    /// <summary>The unit page link of an email as its text has it (what the mailbox page must show as an anchor).</summary>
    private static string EmailedUnitLink(ReceivedEmail email, string inspectionId)
    {
        var match = Regex.Match(email.Text ?? string.Empty, @"https?://[^\s<>""]+/units/inspections/" + Regex.Escape(inspectionId) + @"\?t=[^\s<>""]+");
        Assert.IsTrue(match.Success, $"No unit page link in: {email.Text}");
        return match.Value;
    }

    private static JsonElement Remediation(JsonElement inspection) => inspection.GetProperty("remediations")[0];

    private static async Task RecordFindingsAsync(WebPages web, string inspectionId, string draftReport)
    {
        var page = web.Page;
        await web.OpenAsync($"inspections/{inspectionId}", "Cuộc kiểm tra");
        await Assertions.Expect(page.Locator("#findings-heading")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.Locator("#topic-0").SelectOptionAsync("Quỹ Vì người nghèo");
        await page.Locator("#text-0").FillAsync("Vận động Quỹ Vì người nghèo vượt chỉ tiêu.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm số liệu" }).ClickAsync();
        await page.Locator("#fig-label-0-0").FillAsync("Quỹ Vì người nghèo");
        await page.Locator("#fig-value-0-0").FillAsync("7955058171");
        await page.Locator("#fig-value-0-0").BlurAsync();
        await Assertions.Expect(page.Locator("#fig-value-0-0 ~ .notice")).ToHaveTextAsync("7.955.058.171 đồng");
        await page.Locator("#draft-report").FillAsync(draftReport);
        await web.RecordAsync("inspection-findings");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi kết quả và dự thảo cho đơn vị" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.ok")).ToHaveTextAsync("Đã cập nhật.", new() { Timeout = 30_000 });
    }

    private static async Task SubmitConclusionAsync(WebPages web, WebScenario scenario, string planId, string inspectionId)
    {
        var page = web.Page;
        await web.OpenAsync($"inspections/{inspectionId}", "Cuộc kiểm tra");
        await Assertions.Expect(page.Locator("#conclusion-heading")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var due = (await scenario.PlanTodayAsync(planId)).AddDays(90);
        await page.Locator("#conclusion-text").FillAsync("Đơn vị thực hiện khá các nội dung kiểm tra.");
        await page.Locator("#conclusion-rating").SelectOptionAsync("Kha");
        await page.Locator("#rec-text-0").FillAsync("Kiện toàn Ban Thanh tra nhân dân");
        await page.Locator("#rec-resp-0").FillAsync("Ban Thường trực Ủy ban MTTQ huyện");
        await page.Locator("#rec-due-0").FillAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Trình phê duyệt" }).ClickAsync();
        await scenario.WaitForStageAsync(inspectionId, "AwaitingApproval");
    }
}

using MatTran.LocalHost.Tests.UnitPortal;

namespace MatTran.Web.Tests;

/// <summary>
/// The pages the journey does not pass through — sign-in, plans, admin, the Development mailbox, an unknown address,
/// the unit page with a bad link —
/// render in Chromium, each loaded from its address (the host's page fallback), with lang="vi", one h1 and labelled inputs, and are screenshot under the test results.
/// </summary>
[TestClass]
public sealed class PageSmokeTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(180_000, CooperativeCancellation = true)]
    public async Task Sign_in_plans_admin_mailbox_and_not_found_pages_pass_the_accessibility_smoke_check()
    {
        var ct = TestContext.CancellationToken;
        await using var scenario = await WebScenario.StartAsync(ct);
        var page = await PortalBrowser.NewSharedPageAsync();
        var web = new WebPages(page, scenario.Host.Address, TestContext);

        await web.OpenAsync("sign-in", "Đăng nhập");
        await web.RecordAsync("sign-in");
        await web.SignInAsync("admin");
        await web.LoadAsync("plans", "Kế hoạch kiểm tra, giám sát");
        await web.RecordAsync("plans");
        await web.LoadAsync("admin", "Quản trị");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("table").First).ToContainTextAsync("supervisor");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("section[aria-labelledby='holidays-heading'] table")).ToContainTextAsync("Quốc khánh");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#staff-heading")).ToBeVisibleAsync();
        await web.RecordAsync("admin");
        await web.LoadAsync("dev/mailbox", "Hộp thư đã gửi");
        await web.RecordAsync("dev-mailbox");
        await web.LoadAsync("khong-co-trang-nay", "Không tìm thấy trang");
        await web.RecordAsync("not-found");
        // The unit page (a static page of the app, not the Blazor app) with a link that is no good.
        await page.GotoAsync(web.Url("units/inspections/khong-co.001?t=khong.hop-le"));
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#page-error")).ToBeVisibleAsync();
        await web.RecordAsync("unit-page-invalid-link");
        await page.Context.CloseAsync();
    }
}

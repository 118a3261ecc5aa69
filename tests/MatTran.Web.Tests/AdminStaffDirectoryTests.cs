using System.Net;
using MatTran.LocalHost.Tests;
using MatTran.LocalHost.Tests.UnitPortal;
using Microsoft.Playwright;

namespace MatTran.Web.Tests;

/// <summary>The admin edits a committee's staff directory on the admin page, through the API's directory routes.</summary>
[TestClass]
public sealed class AdminStaffDirectoryTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(180_000, CooperativeCancellation = true)]
    public async Task Admin_adds_a_staff_member_with_the_apis_field_message_shown_then_edits_and_removes_them()
    {
        var ct = TestContext.CancellationToken;
        await using var scenario = await WebScenario.StartAsync(ct);
        using (var imported = await scenario.Host.Client.SendAsync(ApiRequests.PostCsv("api/units/import", scenario.UnitsCsv(badEmail: false), "planner"), ct))
        {
            Assert.AreEqual(HttpStatusCode.OK, imported.StatusCode, await imported.Content.ReadAsStringAsync(ct));
        }

        var page = await PortalBrowser.NewSharedPageAsync();
        var web = new WebPages(page, scenario.Host.Address, TestContext);
        await web.SignInAsync("admin");
        await web.OpenAsync("admin", "Quản trị");
        await page.Locator("#staff-committee").SelectOptionAsync(scenario.Province);
        await Assertions.Expect(page.Locator("#staff-table tbody tr")).ToHaveCountAsync(0);

        // The API's own message for a missing position, next to its field; nothing stored.
        await page.Locator("#staff-id").FillAsync("tran-van-hung");
        await page.Locator("#staff-name").FillAsync("Trần Văn Hùng");
        await page.Locator("#staff-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#staff-position ~ .field-error")).ToHaveCountAsync(1);
        await web.RecordAsync("admin-staff-error");

        await page.Locator("#staff-position").FillAsync("Phó Chủ tịch");
        await page.Locator("#staff-username").FillAsync("inspector");
        await page.Locator("#staff-form button[type=submit]").ClickAsync();
        var row = page.Locator("tr[data-staff='tran-van-hung']");
        await Assertions.Expect(row).ToContainTextAsync("Trần Văn Hùng");
        await Assertions.Expect(row).ToContainTextAsync("inspector");
        var directory = await scenario.GetAsync($"api/committees/{scenario.Province}/directory", "admin");
        Assert.AreEqual("Phó Chủ tịch", directory.GetProperty("staff")[0].GetProperty("position").GetString());

        await row.GetByRole(AriaRole.Button, new() { Name = "Sửa Trần Văn Hùng" }).ClickAsync();
        await Assertions.Expect(page.Locator("#staff-id")).ToBeDisabledAsync();
        await page.Locator("#staff-position").FillAsync("Trưởng Ban Dân chủ - Pháp luật");
        await page.Locator("#staff-form button[type=submit]").ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Trưởng Ban Dân chủ - Pháp luật");
        await web.RecordAsync("admin-staff");

        await row.GetByRole(AriaRole.Button, new() { Name = "Xóa Trần Văn Hùng" }).ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
        directory = await scenario.GetAsync($"api/committees/{scenario.Province}/directory", "admin");
        Assert.AreEqual(0, directory.GetProperty("staff").GetArrayLength());
        await page.Context.CloseAsync();
    }
}

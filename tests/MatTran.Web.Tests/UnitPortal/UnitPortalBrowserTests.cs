using MatTran.LocalHost.Tests;
using MatTran.LocalHost.Tests.UnitPortal;
using Microsoft.Playwright;

namespace MatTran.Web.Tests.UnitPortal;

[TestClass]
public sealed class UnitPortalBrowserTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Bad_token_shows_that_the_link_is_invalid_or_expired()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var page = await PortalBrowser.NewSharedPageAsync();

        var response = await page.GotoAsync(new Uri(host.Address, "units/inspections/tinh-cb.2025.0123456789ab.001?t=not.a-token").ToString());
        var error = page.Locator("#page-error");
        await error.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        Assert.AreEqual(200, response!.Status);
        StringAssert.Contains(await error.InnerTextAsync(), PortalTexts.InvalidLink);
        Assert.IsTrue(await page.Locator("#overview").IsHiddenAsync());
        Assert.IsTrue(await page.Locator("#self-report").IsHiddenAsync());
        Assert.IsTrue(await page.Locator("#page-status").IsHiddenAsync());
    }

    [TestMethod]
    public async Task Page_runs_with_no_content_security_policy_violation()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var page = await PortalBrowser.NewSharedPageAsync();
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);

        await page.GotoAsync(new Uri(host.Address, "units/inspections/x.001?t=not.a-token").ToString());
        await page.Locator("#page-error").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        // The script ran (it filled the error box) and the stylesheet applied (the masthead is the portal's red).
        Assert.AreEqual("rgb(163, 19, 15)", await page.Locator(".masthead").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        CollectionAssert.AreEqual(Array.Empty<string>(), await PortalBrowser.CspViolationsAsync(page));
        CollectionAssert.AreEqual(Array.Empty<string>(), pageErrors);
    }

    [TestMethod]
    public async Task Inspection_id_from_the_address_is_shown_as_text_never_as_markup()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var page = await PortalBrowser.NewSharedPageAsync();
        const string hostile = "x\"><img src=x onerror=alert(1)>";

        await page.GotoAsync(new Uri(host.Address, "units/inspections/" + Uri.EscapeDataString(hostile) + "?t=not.a-token").ToString());
        await page.Locator("#page-error").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        Assert.AreEqual(hostile, await page.Locator("#inspection-id").InnerTextAsync());
        Assert.AreEqual(0, await page.Locator("img").CountAsync());
    }
}

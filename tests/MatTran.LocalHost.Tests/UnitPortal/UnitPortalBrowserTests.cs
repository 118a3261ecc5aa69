using MatTran.Api.UnitPortal;
using Microsoft.Playwright;

namespace MatTran.LocalHost.Tests.UnitPortal;

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
        StringAssert.Contains(await error.InnerTextAsync(), UnitPortalTexts.InvalidLink);
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
}

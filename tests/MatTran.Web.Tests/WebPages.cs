using Microsoft.Playwright;

namespace MatTran.Web.Tests;

/// <summary>
/// The staff app in Chromium as a person uses it: sign in as a demo user, wait for the Blazor app to show a page, take
/// a screenshot of it, and check the accessibility basics every page must have.
/// </summary>
internal sealed class WebPages
{
    // How long a fresh load may take to start the app (download and start the .NET runtime in the browser) before the
    // wait gives up: generous, because on a loaded shared machine the start alone has taken over 30 s. A wait, not a bound.
    private const float AppStartTimeout = 120_000;

    private readonly IPage page;
    private readonly Uri address;
    private readonly TestContext testContext;
    private readonly string screenshotDirectory;

    /// <param name="testContext">Each screenshot is attached to its test's results (under the run's results directory).</param>
    public WebPages(IPage page, Uri address, TestContext testContext)
    {
        this.page = page;
        this.address = address;
        this.testContext = testContext;
        screenshotDirectory = Path.Combine(testContext.TestResultsDirectory ?? Path.GetTempPath(), "screenshots");
        // The app's own errors (a failed start, an unhandled exception) go to the test output, where a failure is read.
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Console.WriteLine($"browser {message.Type}: {message.Text}");
            }
        };
    }

    public IPage Page => page;

    public string Url(string path) => new Uri(address, path).ToString();

    /// <summary>
    /// Opens a page of the app and waits until its heading is rendered. Inside the app it navigates as the app's own
    /// links do (no reload, the app stays loaded); the first visit, a return from the unit page and the same address
    /// again load the address afresh, which also goes through the host's page fallback.
    /// </summary>
    public async Task OpenAsync(string path, string heading)
    {
        string url = Url(path);
        if (await InAppAsync(url))
        {
            // The heading on screen is marked first, so the wait below cannot take it for the next page's.
            await page.EvaluateAsync("url => { document.querySelector('main h1')?.setAttribute('data-left', ''); Blazor.navigateTo(url); }", url);
        }
        else
        {
            await page.GotoAsync(url);
        }

        await Assertions.Expect(page.Locator("main h1:not([data-left])")).ToContainTextAsync(heading, new() { Timeout = AppStartTimeout });
    }

    /// <summary>Loads the address afresh even from inside the app (a person opening a bookmark or an emailed link).</summary>
    public async Task LoadAsync(string path, string heading)
    {
        await page.GotoAsync(Url(path));
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync(heading, new() { Timeout = AppStartTimeout });
    }

    private async Task<bool> InAppAsync(string url) =>
        page.Url != url
        && page.Url.StartsWith(address.ToString(), StringComparison.Ordinal)
        && !page.Url.StartsWith(Url("units/"), StringComparison.Ordinal)
        && await page.EvaluateAsync<bool>("() => typeof window.Blazor?.navigateTo === 'function'");

    public async Task SignInAsync(string user)
    {
        await OpenAsync("sign-in", "Đăng nhập");
        await page.GetByLabel("Người dùng").SelectOptionAsync(user);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Việc của tôi", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("header .user")).ToContainTextAsync(user);
    }

    /// <summary>A full-page screenshot under the test results, named after the page.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(screenshotDirectory);
        string path = Path.Combine(screenshotDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        testContext.AddResultFile(path);
        return path;
    }

    /// <summary>lang="vi", exactly one h1, and every visible input, select and textarea has a label.</summary>
    public async Task AssertAccessibleAsync(string pageName)
    {
        Assert.AreEqual("vi", await page.EvaluateAsync<string>("() => document.documentElement.lang"), $"{pageName}: html lang");
        Assert.AreEqual(1, await page.Locator("h1").CountAsync(), $"{pageName}: exactly one h1");
        string[] unlabelled = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll("input, select, textarea")]
                .filter(e => e.type !== "hidden" && e.offsetParent !== null)
                .filter(e => !(e.labels && e.labels.length) && !e.getAttribute("aria-label") && !e.getAttribute("aria-labelledby"))
                .map(e => e.outerHTML.slice(0, 120))
            """);
        Assert.IsEmpty(unlabelled, $"{pageName}: inputs without a label: {string.Join(" | ", unlabelled)}");
    }

    /// <summary>Screenshot and accessibility check of the page as it stands.</summary>
    public async Task RecordAsync(string name)
    {
        await ScreenshotAsync(name);
        await AssertAccessibleAsync(name);
    }
}

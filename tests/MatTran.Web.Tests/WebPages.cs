using Microsoft.Playwright;

namespace MatTran.Web.Tests;

/// <summary>
/// The staff app in Chromium as a person uses it: sign in as a demo user, wait for the Blazor app to show a page, take
/// a screenshot of it, and check the accessibility basics every page must have.
/// </summary>
internal sealed class WebPages
{
    private readonly IPage page;
    private readonly Uri address;
    private readonly string screenshotDirectory;

    public WebPages(IPage page, Uri address, string screenshotDirectory)
    {
        this.page = page;
        this.address = address;
        this.screenshotDirectory = screenshotDirectory;
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

    /// <summary>Opens a page of the app and waits until its heading is rendered (the app has loaded and signed in).</summary>
    public async Task OpenAsync(string path, string heading)
    {
        await page.GotoAsync(Url(path));
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync(heading, new() { Timeout = 30_000 });
    }

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

using Microsoft.Playwright;

namespace MatTran.LocalHost.Tests.UnitPortal;

/// <summary>
/// Headless Debian Chromium driven by Playwright. Playwright's own browser download is never used: the distribution
/// package is installed when missing (<see cref="ChromiumInstaller"/>), or the failure says how to install it.
/// </summary>
internal sealed class PortalBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly SemaphoreSlim s_sharedGate = new(1, 1);
    private static PortalBrowser? s_shared;

    private readonly IPlaywright _playwright;

    private PortalBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<PortalBrowser> LaunchAsync()
    {
        await ChromiumInstaller.EnsureInstalledAsync();

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                // This machine has no network beyond loopback: Chromium's own background traffic would only fail.
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            return new PortalBrowser(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>One browser for the whole test assembly, launched on first use; <see cref="CloseSharedAsync"/> closes it.</summary>
    public static async Task<IPage> NewSharedPageAsync()
    {
        await s_sharedGate.WaitAsync();
        try
        {
            s_shared ??= await LaunchAsync();
        }
        finally
        {
            s_sharedGate.Release();
        }

        return await s_shared.NewPageAsync();
    }

    /// <summary>Called by the assembly cleanup.</summary>
    public static async Task CloseSharedAsync()
    {
        if (s_shared is not null)
        {
            await s_shared.DisposeAsync();
            s_shared = null;
        }
    }

    /// <summary>
    /// A fresh page that records Content-Security-Policy violations, so a test can prove the portal runs with
    /// nothing but its own script and style.
    /// </summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh" });
        await context.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener("securitypolicyviolation", e => window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI));
            """);
        return await context.NewPageAsync();
    }

    public static async Task<string[]> CspViolationsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("() => window.__cspViolations");

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}

using System.Diagnostics;

namespace MatTran.LocalHost.Tests.UnitPortal;

/// <summary>
/// Makes sure Debian's Chromium is at <see cref="PortalBrowser.ChromiumPath"/>, so that a plain <c>dotnet test</c> on a
/// fresh Debian machine runs the browser tests: when it is missing and apt-get may be used (root, as in CI), it is
/// installed from the Debian registry. Playwright's own browser download is never used (no CDN is reachable here).
/// </summary>
internal static class ChromiumInstaller
{
    private static readonly SemaphoreSlim s_gate = new(1, 1);

    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists(PortalBrowser.ChromiumPath))
        {
            return;
        }

        await s_gate.WaitAsync();
        try
        {
            if (File.Exists(PortalBrowser.ChromiumPath))
            {
                return;
            }

            string output = File.Exists("/usr/bin/apt-get") && Environment.UserName == "root"
                ? await AptInstallAsync()
                : "apt-get is not available to this user.";
            if (!File.Exists(PortalBrowser.ChromiumPath))
            {
                // A failure, not an inconclusive result: a browser test that quietly does not run proves nothing.
                Assert.Fail(
                    $"The unit portal browser tests need Chromium at {PortalBrowser.ChromiumPath}. Install it with " +
                    $"`sudo apt-get install -y chromium` (Debian/Ubuntu); as root the tests install it themselves. {output}");
            }
        }
        finally
        {
            s_gate.Release();
        }
    }

    private static async Task<string> AptInstallAsync()
    {
        var psi = new ProcessStartInfo("/bin/sh", ["-c", "apt-get update -qq && apt-get install -y -qq chromium"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var apt = Process.Start(psi) ?? throw new InvalidOperationException("apt-get could not be started.");
        var stdout = apt.StandardOutput.ReadToEndAsync();
        var stderr = apt.StandardError.ReadToEndAsync();
        await apt.WaitForExitAsync();
        return $"apt-get exited with {apt.ExitCode}: {await stderr}".Trim() + (apt.ExitCode == 0 ? string.Empty : "\n" + await stdout);
    }
}

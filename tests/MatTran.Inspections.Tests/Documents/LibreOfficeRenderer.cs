using System.Diagnostics;

namespace MatTran.Inspections.Tests.Documents;

/// <summary>
/// Converts a .docx to PDF with LibreOffice (Debian's <c>libreoffice-writer-nogui</c>) and page 1 of it to PNG with
/// <c>pdftoppm</c> (poppler-utils), so a person can look at what the committee would print. When the tools are missing
/// and apt-get may be used (root, as in CI), they are installed from the Debian registry, as the browser tests install
/// Chromium; otherwise the test fails with how to install them, since a rendering check that quietly does not run proves nothing.
/// </summary>
internal static class LibreOfficeRenderer
{
    public const string SofficePath = "/usr/bin/soffice";
    public const string PdftoppmPath = "/usr/bin/pdftoppm";

    private static readonly SemaphoreSlim s_gate = new(1, 1);

    /// <summary>Writes {name}.docx, {name}.pdf and {name}-1.png into <paramref name="directory"/>; returns the PDF and PNG paths.</summary>
    public static async Task<(string Pdf, string Png)> RenderAsync(byte[] docx, string directory, string name, CancellationToken cancellationToken)
    {
        await EnsureInstalledAsync(cancellationToken);
        Directory.CreateDirectory(directory);
        string source = Path.Combine(directory, name + ".docx");
        await File.WriteAllBytesAsync(source, docx, cancellationToken);
        // Its own profile per run: two soffice processes sharing the default profile refuse to start side by side.
        string profile = Path.Combine(Path.GetTempPath(), "lo-profile-" + Guid.NewGuid().ToString("N"));
        await s_gate.WaitAsync(cancellationToken);
        try
        {
            await RunAsync(SofficePath, ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", directory, source], cancellationToken);
        }
        finally
        {
            s_gate.Release();
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }

        string pdf = Path.Combine(directory, name + ".pdf");
        Assert.IsTrue(File.Exists(pdf), $"LibreOffice wrote no {pdf}.");
        string prefix = Path.Combine(directory, name);
        await RunAsync(PdftoppmPath, ["-png", "-r", "80", "-f", "1", "-l", "1", pdf, prefix], cancellationToken);
        string png = Directory.GetFiles(directory, name + "-*1.png").Single();
        return (pdf, png);
    }

    private static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(SofficePath) && File.Exists(PdftoppmPath))
        {
            return;
        }

        await s_gate.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(SofficePath) && File.Exists(PdftoppmPath))
            {
                return;
            }

            string output = File.Exists("/usr/bin/apt-get") && Environment.UserName == "root"
                ? await RunAsync("/bin/sh", ["-c", "apt-get update -qq && apt-get install -y -qq libreoffice-writer-nogui poppler-utils"], cancellationToken, check: false)
                : "apt-get is not available to this user.";
            if (!File.Exists(SofficePath) || !File.Exists(PdftoppmPath))
            {
                Assert.Fail($"Rendering documents needs {SofficePath} and {PdftoppmPath}: `sudo apt-get install -y libreoffice-writer-nogui poppler-utils`. {output}");
            }
        }
        finally
        {
            s_gate.Release();
        }
    }

    private static async Task<string> RunAsync(string file, string[] arguments, CancellationToken cancellationToken, bool check = true)
    {
        var psi = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"{file} could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        string output = $"{file} exited with {process.ExitCode}: {await stderr} {await stdout}".Trim();
        if (check && process.ExitCode != 0)
        {
            Assert.Fail(output);
        }

        return output;
    }
}

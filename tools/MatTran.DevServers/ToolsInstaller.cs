using System.Diagnostics;

namespace MatTran.DevServers;

/// <summary>
/// Finds <c>tools/package.json</c> and runs <c>npm ci</c> there when <c>node_modules</c> is missing.
/// Test projects start in parallel, so the install is serialised with an exclusive lock file.
/// </summary>
public static class ToolsInstaller
{
    public static string FindToolsDirectory(string? start = null)
    {
        var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory);
        for (; dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tools", "package.json");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }

        throw new DirectoryNotFoundException(
            $"tools/package.json was not found above '{start ?? AppContext.BaseDirectory}'. Run from a MatTran checkout.");
    }

    public static async Task EnsureInstalledAsync(string toolsDirectory, CancellationToken cancellationToken = default)
    {
        if (IsInstalled(toolsDirectory))
        {
            return;
        }

        await using var installLock = await AcquireLockAsync(Path.Combine(toolsDirectory, ".install.lock"), cancellationToken);
        if (IsInstalled(toolsDirectory))
        {
            return;
        }

        var psi = new ProcessStartInfo("npm", "ci --no-audit --no-fund")
        {
            WorkingDirectory = toolsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var npm = Process.Start(psi) ?? throw new InvalidOperationException("npm could not be started; install Node.js 20.");
        var stdout = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = npm.StandardError.ReadToEndAsync(cancellationToken);
        await npm.WaitForExitAsync(cancellationToken);
        if (npm.ExitCode != 0 || !IsInstalled(toolsDirectory))
        {
            throw new InvalidOperationException(
                $"'npm ci' in {toolsDirectory} failed with exit code {npm.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }

    internal static string AzuriteEntryPoint(string toolsDirectory) =>
        Path.Combine(toolsDirectory, "node_modules", "azurite", "dist", "src", "azurite.js");

    internal static string MaildevEntryPoint(string toolsDirectory) =>
        Path.Combine(toolsDirectory, "node_modules", "maildev", "bin", "maildev");

    private static bool IsInstalled(string toolsDirectory) =>
        File.Exists(AzuriteEntryPoint(toolsDirectory)) && File.Exists(MaildevEntryPoint(toolsDirectory));

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                // Another process holds the lock while it installs; wait for it.
                await Task.Delay(500, cancellationToken);
            }
        }
    }
}

using System.Diagnostics;
using System.Security.Cryptography;

namespace MatTran.DevServers;

/// <summary>
/// Finds <c>tools/package.json</c> and runs <c>npm ci</c> there unless <c>node_modules</c> holds a finished install of
/// the current lock file. Test projects start in parallel, so the install is serialised with an exclusive lock file,
/// and "finished" is a marker written only after <c>npm ci</c> succeeded: the servers' entry points appear while npm is
/// still unpacking, so their presence alone let a second test project start a half-installed Azurite.
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
        if (npm.ExitCode != 0 || !File.Exists(AzuriteEntryPoint(toolsDirectory)) || !File.Exists(MaildevEntryPoint(toolsDirectory)))
        {
            throw new InvalidOperationException(
                $"'npm ci' in {toolsDirectory} failed with exit code {npm.ExitCode}:\n{await stdout}\n{await stderr}");
        }

        await File.WriteAllTextAsync(InstalledMarker(toolsDirectory), LockFileHash(toolsDirectory), cancellationToken);
    }

    /// <summary>
    /// True when <c>npm ci</c> finished for the current <c>package-lock.json</c> (<c>npm ci</c> removes <c>node_modules</c>,
    /// marker included, before it installs, so a marker is never older than the files it vouches for).
    /// </summary>
    public static bool IsInstalled(string toolsDirectory)
    {
        string marker = InstalledMarker(toolsDirectory);
        return File.Exists(marker) && File.ReadAllText(marker) == LockFileHash(toolsDirectory);
    }

    public static string InstalledMarker(string toolsDirectory) => Path.Combine(toolsDirectory, "node_modules", ".mattran-installed");

    private static string LockFileHash(string toolsDirectory) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(toolsDirectory, "package-lock.json"))));

    internal static string AzuriteEntryPoint(string toolsDirectory) =>
        Path.Combine(toolsDirectory, "node_modules", "azurite", "dist", "src", "azurite.js");

    internal static string MaildevEntryPoint(string toolsDirectory) =>
        Path.Combine(toolsDirectory, "node_modules", "maildev", "bin", "maildev");

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

using System.Diagnostics;
using System.Globalization;

namespace MatTran.DevServers.Tests;

[TestClass]
public sealed class HostDeathTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [OSCondition(OperatingSystems.Linux)]
    public async Task Emulators_stop_within_seconds_when_the_host_that_started_them_is_killed()
    {
        // npm ci (first run only) outside the host's start-up, so the read below times only the servers' start.
        await ToolsInstaller.EnsureInstalledAsync(ToolsInstaller.FindToolsDirectory(), TestContext.CancellationToken);
        using var host = StartHost();
        int[] servers = [];
        try
        {
            servers = await ReadServerPidsAsync(host);
            Assert.HasCount(2, servers, "the host prints Azurite's and maildev's pids");

            host.Kill(); // SIGKILL: the host gets no chance to stop its servers.
            await host.WaitForExitAsync(TestContext.CancellationToken);

            int[] alive = await AliveAfterAsync(servers, TimeSpan.FromSeconds(10));
            Assert.IsEmpty(alive, $"servers still running after their host was killed: {string.Join(", ", alive)}");
        }
        finally
        {
            if (!host.HasExited)
            {
                host.Kill();
            }

            // Without the watchdog these are orphans this test made: stop them, by pid.
            foreach (int pid in servers.Where(IsAlive))
            {
                using var orphan = Process.GetProcessById(pid);
                orphan.Kill();
            }
        }
    }

    private static Process StartHost()
    {
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { typeof(Program).Assembly.Location, Program.StartEmulators },
        };
        return Process.Start(psi) ?? throw new InvalidOperationException("dotnet could not be started.");
    }

    private async Task<int[]> ReadServerPidsAsync(Process host)
    {
        var stderr = host.StandardError.ReadToEndAsync(TestContext.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        string? line = await host.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null)
        {
            await host.WaitForExitAsync(TestContext.CancellationToken);
            Assert.Fail($"the host exited with code {host.ExitCode} before starting its servers:\n{await stderr}");
        }

        return [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
    }

    private async Task<int[]> AliveAfterAsync(int[] pids, TimeSpan wait)
    {
        long started = TimeProvider.System.GetTimestamp();
        while (pids.Any(IsAlive) && TimeProvider.System.GetElapsedTime(started) < wait)
        {
            await Task.Delay(100, TestContext.CancellationToken);
        }

        return [.. pids.Where(IsAlive)];
    }

    /// <summary>Running, as Linux sees it: a zombie (exited, not yet reaped by whoever adopted it) counts as gone.</summary>
    private static bool IsAlive(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z'; // "pid (comm) S …"
        }
        catch (IOException)
        {
            return false;
        }
    }
}

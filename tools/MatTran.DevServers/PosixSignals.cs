using System.Runtime.InteropServices;

namespace MatTran.DevServers;

/// <summary>
/// Sends SIGINT so node servers shut down cleanly: Azurite only flushes its on-disk database on a graceful close,
/// and <see cref="System.Diagnostics.Process.Kill(bool)"/> (SIGKILL) would lose the last seconds of demo data.
/// </summary>
internal static partial class PosixSignals
{
    private const int SigInt = 2;

    public static bool TryInterrupt(int processId) =>
        !OperatingSystem.IsWindows() && Kill(processId, SigInt) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}

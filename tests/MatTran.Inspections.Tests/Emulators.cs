using MatTran.DevServers;

namespace MatTran.Inspections.Tests;

/// <summary>
/// One Azurite and one maildev for the whole test assembly, stopped after the last test. Started on first use rather
/// than in [AssemblyInitialize]: most tests here are pure (calendar, validation, documents) and a filtered run of
/// those should not spawn Node processes. This class is the assembly's only fixture; add no other
/// [AssemblyInitialize]/[AssemblyCleanup].
/// </summary>
[TestClass]
public static class Emulators
{
    private static readonly SemaphoreSlim s_gate = new(1, 1);
    private static DevServerSet? s_servers;

    /// <summary>Azurite (Blob, Queue, Table) and maildev, started once.</summary>
    public static async Task<DevServerSet> GetServersAsync(CancellationToken cancellationToken)
    {
        if (s_servers is not null)
        {
            return s_servers;
        }

        await s_gate.WaitAsync(cancellationToken);
        try
        {
            return s_servers ??= await DevServerSet.StartAsync(
                new DevServerOptions { StartAzurite = true, StartMaildev = true }, cancellationToken);
        }
        finally
        {
            s_gate.Release();
        }
    }

    [AssemblyCleanup]
    public static async Task StopAsync()
    {
        if (s_servers is not null)
        {
            await s_servers.DisposeAsync();
            s_servers = null;
        }
    }

    /// <summary>A name no other test uses: tests share one Azurite and one mailbox and must not see each other's data.</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];
}

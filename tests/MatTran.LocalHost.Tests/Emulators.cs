using MatTran.DevServers;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// One in-memory Azurite and one maildev for the whole test assembly, started on first use (the configuration tests
/// need neither) and stopped after the last test, with the shared browser. This class is the assembly's only fixture;
/// add no other [AssemblyInitialize]/[AssemblyCleanup].
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
            return s_servers ??= await DevServerSet.StartAsync(new DevServerOptions(), cancellationToken);
        }
        finally
        {
            s_gate.Release();
        }
    }

    [AssemblyCleanup]
    public static async Task StopAsync()
    {
        await UnitPortal.PortalBrowser.CloseSharedAsync();
        await TestHost.StopSharedAsync();
        if (s_servers is not null)
        {
            await s_servers.DisposeAsync();
            s_servers = null;
        }
    }

    /// <summary>A name no other test uses (letters and digits only, so it is also a valid task hub name).</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];
}

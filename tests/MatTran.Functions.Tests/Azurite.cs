using MatTran.DevServers;

namespace MatTran.Functions.Tests;

/// <summary>
/// One in-memory Azurite for the test classes that need storage, started on first use (most tests of this assembly
/// need none) and stopped after the last test. The assembly's only fixture.
/// </summary>
[TestClass]
public static class Azurite
{
    private static readonly SemaphoreSlim s_gate = new(1, 1);
    private static DevServerSet? s_servers;

    public static async Task<string> ConnectionStringAsync(CancellationToken cancellationToken)
    {
        await s_gate.WaitAsync(cancellationToken);
        try
        {
            s_servers ??= await DevServerSet.StartAsync(new DevServerOptions { StartMaildev = false }, cancellationToken);
            return s_servers.StorageConnectionString;
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
}

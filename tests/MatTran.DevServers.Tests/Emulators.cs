using MatTran.DevServers;

namespace MatTran.DevServers.Tests;

/// <summary>One in-memory Azurite for the whole test assembly, started before the first test and stopped after the last.</summary>
[TestClass]
public static class Emulators
{
    private static DevServerSet? s_servers;

    public static DevServerSet Servers => s_servers ?? throw new InvalidOperationException("Azurite was not started.");

    [AssemblyInitialize]
    public static async Task StartAsync(TestContext context) =>
        s_servers = await DevServerSet.StartAsync(
            new DevServerOptions { StartMaildev = false }, context.CancellationToken);

    [AssemblyCleanup]
    public static async Task StopAsync()
    {
        if (s_servers is not null)
        {
            await s_servers.DisposeAsync();
        }
    }

    /// <summary>A name no other test uses: tests share one Azurite and must not see each other's data.</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];
}

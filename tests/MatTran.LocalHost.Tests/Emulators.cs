using MatTran.DevServers;

namespace MatTran.LocalHost.Tests;

/// <summary>One in-memory Azurite and one maildev for the whole test assembly.</summary>
[TestClass]
public static class Emulators
{
    private static DevServerSet? s_servers;

    public static DevServerSet Servers => s_servers ?? throw new InvalidOperationException("Emulators were not started.");

    [AssemblyInitialize]
    public static async Task StartAsync(TestContext context) =>
        s_servers = await DevServerSet.StartAsync(new DevServerOptions(), context.CancellationToken);

    [AssemblyCleanup]
    public static async Task StopAsync()
    {
        await UnitPortal.PortalBrowser.CloseSharedAsync();
        if (s_servers is not null)
        {
            await s_servers.DisposeAsync();
        }
    }
}

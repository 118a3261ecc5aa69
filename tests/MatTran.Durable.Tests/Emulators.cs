using MatTran.DevServers;

namespace MatTran.Durable.Tests;

/// <summary>One in-memory Azurite for the whole test assembly, started before the first test and stopped after the last.</summary>
[TestClass]
public static class Emulators
{
    private static DevServerSet? s_servers;

    public static string StorageConnectionString =>
        (s_servers ?? throw new InvalidOperationException("Azurite was not started.")).StorageConnectionString;

    [AssemblyInitialize]
    public static async Task StartAsync(TestContext context) =>
        s_servers = await DevServerSet.StartAsync(new DevServerOptions { StartMaildev = false }, context.CancellationToken);

    [AssemblyCleanup]
    public static async Task StopAsync()
    {
        if (s_servers is not null)
        {
            await s_servers.DisposeAsync();
        }
    }
}

using System.Net;
using System.Net.Sockets;

namespace MatTran.DevServers.Tests;

[TestClass]
public sealed class PortOwnershipTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [OSCondition(OperatingSystems.Linux)]
    public async Task A_port_answered_by_another_process_fails_the_start_instead_of_passing_for_the_server()
    {
        // The stranger took the port between choosing it and the server's bind; the server itself never listens there.
        using var stranger = new TcpListener(IPAddress.Loopback, 0);
        stranger.Start();
        int port = ((IPEndPoint)stranger.LocalEndpoint).Port;
        string script = Path.Combine(Path.GetTempPath(), $"idle-{Guid.NewGuid():N}.js");
        await File.WriteAllTextAsync(script, "setInterval(() => {}, 1000);", TestContext.CancellationToken);
        try
        {
            await using var server = ServerProcess.Start("idle", script, [], Path.GetTempPath());

            var error = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() =>
                server.WaitUntilListeningAsync([port], TimeSpan.FromSeconds(30), TestContext.CancellationToken));

            Assert.Contains("another process holds it", error.Message);
        }
        finally
        {
            File.Delete(script);
        }
    }
}

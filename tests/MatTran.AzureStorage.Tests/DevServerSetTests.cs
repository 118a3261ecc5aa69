using System.Net.Sockets;
using MatTran.AzureStorage.Tables;
using MatTran.DevServers;

namespace MatTran.AzureStorage.Tests;

[TestClass]
public sealed class DevServerSetTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Disposing_a_set_stops_its_own_servers_and_leaves_others_running()
    {
        var second = await DevServerSet.StartAsync(new DevServerOptions { StartAzurite = false }, TestContext.CancellationToken);
        int smtpPort = second.SmtpPort;
        Assert.IsTrue(await AcceptsAsync(smtpPort), "maildev should listen once StartAsync returns");

        await second.DisposeAsync();

        Assert.IsFalse(await AcceptsAsync(smtpPort), "maildev should be stopped by DisposeAsync");
        var table = new TableClient(Emulators.Servers.StorageConnectionString, Emulators.UniqueName("alive"));
        var created = await table.CreateIfNotExistsAsync(TestContext.CancellationToken);
        Assert.AreEqual(204, created.GetRawResponse().Status, "the assembly's Azurite must still answer");
    }

    [TestMethod]
    public async Task Azurite_keeps_data_on_disk_across_restarts_when_given_a_folder()
    {
        string folder = Path.Combine(Path.GetTempPath(), Emulators.UniqueName("azurite"));
        try
        {
            var options = new DevServerOptions { StartMaildev = false, AzuriteDataDirectory = folder };
            await using (var first = await DevServerSet.StartAsync(options, TestContext.CancellationToken))
            {
                var table = new TableClient(first.StorageConnectionString, "persisted");
                await table.CreateIfNotExistsAsync(TestContext.CancellationToken);
                await table.AddEntityAsync(new TableEntity("p", "r") { ["Text"] = "Hòa An" }, TestContext.CancellationToken);
            }

            await using var second = await DevServerSet.StartAsync(options, TestContext.CancellationToken);
            var reopened = new TableClient(second.StorageConnectionString, "persisted");
            var entity = await reopened.GetEntityAsync<TableEntity>("p", "r", cancellationToken: TestContext.CancellationToken);
            Assert.AreEqual("Hòa An", entity.Value.GetString("Text"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

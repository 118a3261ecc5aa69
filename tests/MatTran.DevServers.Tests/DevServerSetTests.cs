using System.Net.Sockets;
using Azure.Data.Tables;
using MatTran.DevServers;

namespace MatTran.DevServers.Tests;

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
    public void Tools_count_as_installed_only_once_npm_ci_finished_for_the_current_lock_file()
    {
        string tools = Path.Combine(Path.GetTempPath(), Emulators.UniqueName("tools"));
        try
        {
            // What a second test project sees while the first one's npm ci is still unpacking: entry points, no marker.
            Directory.CreateDirectory(Path.Combine(tools, "node_modules", "azurite", "dist", "src"));
            Directory.CreateDirectory(Path.Combine(tools, "node_modules", "maildev", "bin"));
            File.WriteAllText(Path.Combine(tools, "node_modules", "azurite", "dist", "src", "azurite.js"), "");
            File.WriteAllText(Path.Combine(tools, "node_modules", "maildev", "bin", "maildev"), "");
            File.WriteAllText(Path.Combine(tools, "package-lock.json"), "{\"lockfileVersion\": 3}");
            bool halfInstalled = ToolsInstaller.IsInstalled(tools);

            File.WriteAllText(ToolsInstaller.InstalledMarker(tools), Convert.ToHexStringLower(
                System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(tools, "package-lock.json")))));
            bool finished = ToolsInstaller.IsInstalled(tools);

            File.WriteAllText(Path.Combine(tools, "package-lock.json"), "{\"lockfileVersion\": 3, \"packages\": {}}");
            bool lockChanged = ToolsInstaller.IsInstalled(tools);

            Assert.IsFalse(halfInstalled, "entry points alone appear while npm ci is still unpacking");
            Assert.IsTrue(finished);
            Assert.IsFalse(lockChanged, "a new lock file needs a new install");
        }
        finally
        {
            Directory.Delete(tools, recursive: true);
        }
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

using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using MatTran.Inspections.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Tests.Storage;

[TestClass]
public sealed class StorageRegistrationTests
{
    public TestContext TestContext { get; set; } = null!;

    private static ServiceProvider Provider(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddMatTranStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    [TestMethod]
    public async Task Connection_string_clients_reach_the_emulator_and_share_one_account()
    {
        var servers = await Emulators.GetServersAsync(TestContext.CancellationToken);
        await using var provider = Provider(new() { [StorageAccount.ConnectionStringKey] = servers.StorageConnectionString });
        var table = Emulators.UniqueName("registration");

        await provider.GetRequiredService<TableServiceClient>().CreateTableIfNotExistsAsync(table, TestContext.CancellationToken);
        await provider.GetRequiredService<BlobServiceClient>().GetPropertiesAsync(TestContext.CancellationToken);
        await provider.GetRequiredService<QueueServiceClient>().GetPropertiesAsync(TestContext.CancellationToken);

        Assert.AreEqual(servers.StorageConnectionString, provider.GetRequiredService<StorageAccount>().ConnectionString);
        Assert.AreSame(provider.GetRequiredService<TableServiceClient>(), provider.GetRequiredService<TableServiceClient>());
    }

    [TestMethod]
    public async Task Account_name_clients_use_the_public_service_uris_with_the_managed_identity()
    {
        await using var provider = Provider(new()
        {
            [StorageAccount.FunctionsAccountNameKey] = "mattranprod",
            [StorageAccount.FunctionsClientIdKey] = "00000000-0000-0000-0000-000000000001",
        });

        Assert.AreEqual(new Uri("https://mattranprod.table.core.windows.net/"), provider.GetRequiredService<TableServiceClient>().Uri);
        Assert.AreEqual(new Uri("https://mattranprod.blob.core.windows.net/"), provider.GetRequiredService<BlobServiceClient>().Uri);
        Assert.AreEqual(new Uri("https://mattranprod.queue.core.windows.net/"), provider.GetRequiredService<QueueServiceClient>().Uri);
        Assert.IsInstanceOfType<ManagedIdentityCredential>(provider.GetRequiredService<StorageAccount>().Credential);
    }

    [TestMethod]
    public async Task Our_connection_string_wins_over_the_functions_setting()
    {
        await using var provider = Provider(new()
        {
            [StorageAccount.ConnectionStringKey] = "UseDevelopmentStorage=true",
            [StorageAccount.FunctionsStorageKey] = "DefaultEndpointsProtocol=https;AccountName=other;AccountKey=a2V5;EndpointSuffix=core.windows.net",
        });

        Assert.AreEqual("UseDevelopmentStorage=true", provider.GetRequiredService<StorageAccount>().ConnectionString);
        Assert.AreEqual("devstoreaccount1", provider.GetRequiredService<BlobServiceClient>().AccountName);
    }

    [TestMethod]
    public void Missing_configuration_fails_at_registration_naming_the_keys()
    {
        var error = Assert.ThrowsExactly<InvalidOperationException>(() => Provider([]));

        StringAssert.Contains(error.Message, StorageAccount.ConnectionStringKey);
        StringAssert.Contains(error.Message, StorageAccount.FunctionsAccountNameKey);
    }

    [TestMethod]
    public async Task Every_client_retries_five_times_from_200_ms_up_to_10_s()
    {
        await using var provider = Provider(new() { [StorageAccount.ConnectionStringKey] = "UseDevelopmentStorage=true" });

        // Microsoft.Extensions.Azure keeps each client's options as named options; the unnamed client is "Default".
        foreach (var retry in new[]
        {
            provider.GetRequiredService<IOptionsMonitor<TableClientOptions>>().Get("Default").Retry,
            provider.GetRequiredService<IOptionsMonitor<BlobClientOptions>>().Get("Default").Retry,
            provider.GetRequiredService<IOptionsMonitor<QueueClientOptions>>().Get("Default").Retry,
        })
        {
            Assert.AreEqual(StorageRetry.MaxRetries, retry.MaxRetries);
            Assert.AreEqual(StorageRetry.Delay, retry.Delay);
            Assert.AreEqual(StorageRetry.MaxDelay, retry.MaxDelay);
        }
    }
}

using MatTran.Api.Maintenance;
using MatTran.Inspections.Storage;
using MatTran.LocalHost.Engine;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MatTran.Functions.Tests.Maintenance;

/// <summary>
/// The nightly purge on the real engine (DurableTask.AzureStorage over Azurite, the same provider the Durable
/// extension uses): finished orchestrations past their retention lose their history, nothing else does. The purge
/// runs "later" on a clock moved forward, since retention is counted in days.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class OrchestrationHistoryPurgeTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private static LocalDurableEngine? s_engine;
    private static ServiceProvider? s_services;

    private static DurableTaskClient Client => s_engine!.Client;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        string connectionString = await Azurite.ConnectionStringAsync(context.CancellationTokenSource.Token);
        s_services = new ServiceCollection().BuildServiceProvider();
        var registry = new LocalTaskHubRegistry()
            .AddOrchestrator<FinishingOrchestrator>(FinishingOrchestrator.Name)
            .AddOrchestrator<WaitingOrchestrator>(WaitingOrchestrator.Name);
        var options = new DurableEngineOptions
        {
            HubName = "purge" + Guid.NewGuid().ToString("N")[..12],
            PartitionCount = 1,
            MaxQueuePollingInterval = TimeSpan.FromMilliseconds(100),
        };
        s_engine = await LocalDurableEngine.StartAsync(
            StorageAccount.FromConnectionString(connectionString), options, registry, s_services, NullLoggerFactory.Instance,
            dataConverter: null, context.CancellationTokenSource.Token);
    }

    [ClassCleanup]
    public static async Task StopAsync()
    {
        if (s_engine is not null)
        {
            await s_engine.DisposeAsync();
        }

        s_services?.Dispose();
    }

    [TestMethod]
    public async Task Finished_orchestration_past_its_retention_is_purged()
    {
        string id = await FinishedInstanceAsync();

        int purged = await PurgeAsync(daysLater: 100, retentionDays: 90);

        Assert.IsTrue(purged >= 1, $"purged {purged}");
        Assert.IsNull(await Client.GetInstanceAsync(id));
    }

    [TestMethod]
    public async Task Finished_orchestration_within_its_retention_is_kept()
    {
        string id = await FinishedInstanceAsync();

        await PurgeAsync(daysLater: 30, retentionDays: 90);

        Assert.IsNotNull(await Client.GetInstanceAsync(id));
    }

    [TestMethod]
    public async Task Running_orchestration_is_never_purged()
    {
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(WaitingOrchestrator.Name, "running");
        using var timeout = new CancellationTokenSource(Wait);
        await Client.WaitForInstanceStartAsync(id, timeout.Token);

        await PurgeAsync(daysLater: 1000, retentionDays: 1);

        Assert.AreEqual(OrchestrationRuntimeStatus.Running, (await Client.GetInstanceAsync(id))?.RuntimeStatus);
    }

    private static async Task<string> FinishedInstanceAsync()
    {
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(FinishingOrchestrator.Name, "done");
        using var timeout = new CancellationTokenSource(Wait);
        var finished = await Client.WaitForInstanceCompletionAsync(id, timeout.Token);
        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, finished.RuntimeStatus);
        return id;
    }

    private static Task<int> PurgeAsync(int daysLater, int retentionDays)
    {
        var purge = new OrchestrationHistoryPurge(
            Options.Create(new HistoryPurgeOptions { RetentionDays = retentionDays }),
            new LaterTimeProvider(TimeSpan.FromDays(daysLater)),
            NullLogger<OrchestrationHistoryPurge>.Instance);
        return purge.PurgeAsync(Client, CancellationToken.None);
    }

    /// <summary>The system clock moved forward: "now" as the nightly purge will see it that many days from today.</summary>
    private sealed class LaterTimeProvider(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}

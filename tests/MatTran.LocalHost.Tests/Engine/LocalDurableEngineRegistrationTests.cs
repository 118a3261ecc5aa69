using System.Text.Json;
using MatTran.LocalHost.Engine;
using MatTran.LocalHost.Tests.Engine.Workflows;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MatTran.LocalHost.Tests.Engine;

/// <summary><see cref="LocalDurableEngineServiceCollectionExtensions.AddLocalDurableEngine"/> in a generic host, as the local host uses it.</summary>
[TestClass]
public sealed class LocalDurableEngineRegistrationTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task A_host_runs_registered_workflows_with_the_configured_hub_and_the_registered_data_converter()
    {
        CancellationToken cancellation = Eventually.Within(TimeSpan.FromSeconds(60), TestContext.CancellationToken);
        var servers = await Emulators.GetServersAsync(cancellation);
        string hub = Emulators.UniqueName("hosted");
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = servers.StorageConnectionString,
            [$"{DurableEngineOptions.SectionPath}:hubName"] = hub,
            [$"{DurableEngineOptions.SectionPath}:storageProvider:partitionCount"] = "2",
            [$"{DurableEngineOptions.SectionPath}:storageProvider:maxQueuePollingInterval"] = "00:00:00.100",
        });
        builder.Services.AddSingleton<DataConverter>(new JsonDataConverter(new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        builder.Services.AddLocalDurableEngine(builder.Configuration, registry => registry
            .AddOrchestrator<SequenceOrchestrator>(SequenceOrchestrator.Name)
            .AddActivity<AppendStepActivity>(AppendStepActivity.Name));

        using IHost host = builder.Build();
        await host.StartAsync(cancellation);
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        string id = await client.ScheduleNewOrchestrationInstanceAsync(SequenceOrchestrator.Name, new SequenceRequest("MTTQ"), cancellation);
        OrchestrationMetadata done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellation);
        await host.StopAsync(cancellation);

        Assert.AreEqual(hub, host.Services.GetRequiredService<LocalDurableEngine>().Options.HubName);
        Assert.AreEqual("{\"seed\":\"MTTQ\",\"stepMilliseconds\":0}", done.SerializedInput, "camel case: the registered converter");
        CollectionAssert.AreEqual(new[] { "MTTQ>1", "MTTQ>1>2", "MTTQ>1>2>3" }, done.ReadOutputAs<string[]>());
    }
}

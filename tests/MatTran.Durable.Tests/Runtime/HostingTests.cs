using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MatTran.Durable.Tests.Runtime;

[TestClass]
public sealed class HostingTests
{
    public TestContext TestContext { get; set; } = null!;

    /// <summary>A dependency an activity takes from DI.</summary>
    public sealed class DocumentNumbers
    {
        private int _next = 324;

        public string Next() => $"{Interlocked.Increment(ref _next)}/KH-MTTQ-BTT";
    }

    public sealed class AllocateNumber(DocumentNumbers numbers) : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult($"{numbers.Next()} {input}");
    }

    public sealed class PlanOrchestrator : TaskOrchestrator<string, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
            context.CallActivityAsync<string>(nameof(AllocateNumber), input);
    }

    [TestMethod]
    public async Task AddDurableTask_runs_orchestrations_with_activities_resolved_from_DI()
    {
        var services = new ServiceCollection();
        services.AddSingleton<DocumentNumbers>();
        services.AddLogging();
        services.AddDurableTask(o =>
        {
            o.TaskHubName = "H" + Guid.NewGuid().ToString("N")[..12];
            o.StorageConnectionString = Emulators.StorageConnectionString;
            o.MinPollingInterval = TimeSpan.FromMilliseconds(10);
            o.MaxPollingInterval = TimeSpan.FromMilliseconds(100);
            o.AddOrchestrator<PlanOrchestrator>();
            o.AddActivity<AllocateNumber>();
        });
        await using var provider = services.BuildServiceProvider();
        var ct = TestContext.CancellationToken;
        var hosted = provider.GetServices<IHostedService>().Single();
        await hosted.StartAsync(ct);
        try
        {
            var client = provider.GetRequiredService<DurableTaskClient>();
            var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(PlanOrchestrator), "Kế hoạch kiểm tra năm 2025", cancellationToken: ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));

            var done = await client.WaitForInstanceCompletionAsync(id, true, timeout.Token);

            Assert.AreEqual("325/KH-MTTQ-BTT Kế hoạch kiểm tra năm 2025", done.ReadOutputAs<string>());
        }
        finally
        {
            await hosted.StopAsync(CancellationToken.None);
        }
    }

    [TestMethod]
    public void FunctionsHost_dispatch_registers_no_pollers()
    {
        var services = new ServiceCollection();
        services.AddDurableTask(o =>
        {
            o.StorageConnectionString = "UseDevelopmentStorage=true";
            o.Dispatch = DispatchMode.FunctionsHost;
        });

        Assert.IsFalse(services.Any(d => d.ServiceType == typeof(IHostedService)));
    }

    [TestMethod]
    public void Task_hub_name_that_would_make_invalid_storage_names_is_rejected() =>
        Assert.ThrowsExactly<ArgumentException>(() => new DurableTaskClient(new DurableTaskOptions
        {
            TaskHubName = "mat-tran",
            StorageConnectionString = "UseDevelopmentStorage=true",
        }));
}

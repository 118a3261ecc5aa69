using MatTran.Inspections.Storage;
using MatTran.LocalHost.Engine;
using MatTran.LocalHost.Tests.Engine.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MatTran.LocalHost.Tests.Engine;

/// <summary>Starts engines on Azurite with every test workflow registered, on task hubs no other test class uses.</summary>
internal static class TestEngines
{
    /// <summary>
    /// The local host's defaults (4 partitions, idle polling backing off to 1 s) on a hub of the test's own. The
    /// client shares the engine's orchestration service, and each message it sends wakes that queue's poller, so a
    /// longer idle poll costs these tests little; on this machine shorter polls and fewer partitions were slower.
    /// </summary>
    public static DurableEngineOptions Options(string hubName) => new() { HubName = hubName };

    /// <summary>
    /// Test settings for a worker that is stopped mid-run: messages it fetched but did not process stay hidden for the
    /// control-queue visibility timeout (5 minutes by default, as in Durable Functions) before another worker sees them.
    /// </summary>
    public static DurableEngineOptions RestartOptions(string hubName) => Options(hubName) with
    {
        ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(10),
        WorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(10),
    };

    public static LocalTaskHubRegistry Registry() => new LocalTaskHubRegistry()
        .AddOrchestrator<RoundTripOrchestrator<SampleRecord>>(RoundTripOrchestrator<SampleRecord>.Name)
        .AddOrchestrator<RoundTripOrchestrator<int>>(RoundTripOrchestrator<int>.Name)
        .AddOrchestrator<RoundTripOrchestrator<string>>(RoundTripOrchestrator<string>.Name)
        .AddActivity<EchoActivity<SampleRecord>>(EchoActivity<SampleRecord>.Name)
        .AddActivity<EchoActivity<int>>(EchoActivity<int>.Name)
        .AddActivity<EchoActivity<string>>(EchoActivity<string>.Name)
        .AddOrchestrator<SequenceOrchestrator>(SequenceOrchestrator.Name)
        .AddActivity<AppendStepActivity>(AppendStepActivity.Name)
        .AddOrchestrator<ApprovalOrchestrator>(ApprovalOrchestrator.Name)
        .AddOrchestrator<EarlyEventOrchestrator>(EarlyEventOrchestrator.Name)
        .AddActivity<GateActivity>(GateActivity.Name)
        .AddOrchestrator<RetryOrchestrator>(RetryOrchestrator.Name)
        .AddActivity<FlakyActivity>(FlakyActivity.Name)
        .AddOrchestrator<FanOutOrchestrator>(FanOutOrchestrator.Name)
        .AddOrchestrator<SquareOrchestrator>(SquareOrchestrator.Name)
        .AddActivity<SquareActivity>(SquareActivity.Name)
        .AddOrchestrator<TimerOrchestrator>(TimerOrchestrator.Name)
        .AddOrchestrator<StepWaitStepOrchestrator>(StepWaitStepOrchestrator.Name)
        .AddOrchestrator<ClockOrchestrator>(ClockOrchestrator.Name);

    /// <summary>The services test activities take in their constructors.</summary>
    public static ServiceProvider Services() => new ServiceCollection()
        .AddSingleton<ActivityGate>()
        .AddSingleton<AttemptCounter>()
        .BuildServiceProvider();

    /// <summary>Warnings and errors of the engine go to the test output; its information logs are too many to read.</summary>
    public static ILoggerFactory Logging() =>
        LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());

    public static Task<LocalDurableEngine> StartAsync(
        string hubName, IServiceProvider services, ILoggerFactory logging, CancellationToken cancellationToken) =>
        StartAsync(Options(hubName), services, logging, cancellationToken);

    public static async Task<LocalDurableEngine> StartAsync(
        DurableEngineOptions options, IServiceProvider services, ILoggerFactory logging, CancellationToken cancellationToken)
    {
        var servers = await Emulators.GetServersAsync(cancellationToken);
        return await LocalDurableEngine.StartAsync(
            StorageAccount.FromConnectionString(servers.StorageConnectionString),
            options,
            Registry(),
            services,
            logging,
            dataConverter: null,
            cancellationToken);
    }
}

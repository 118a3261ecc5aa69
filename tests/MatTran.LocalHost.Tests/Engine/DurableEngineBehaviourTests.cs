using System.Diagnostics;
using DurableTask.Core.History;
using MatTran.LocalHost.Engine;
using MatTran.LocalHost.Tests.Engine.Workflows;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MatTran.LocalHost.Tests.Engine;

/// <summary>What the workflows rely on from the engine (DESIGN §3), on one engine over Azurite.</summary>
[TestClass]
public sealed class DurableEngineBehaviourTests
{
    private static ServiceProvider? s_services;
    private static ILoggerFactory? s_logging;
    private static LocalDurableEngine? s_engine;

    private static LocalDurableEngine Engine => s_engine!;

    private static DurableTaskClient Client => Engine.Client;

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        s_services = TestEngines.Services();
        s_logging = TestEngines.Logging();
        s_engine = await TestEngines.StartAsync(Emulators.UniqueName("engine"), s_services, s_logging, context.CancellationToken);
    }

    [ClassCleanup]
    public static async Task StopAsync()
    {
        if (s_engine is not null)
        {
            await s_engine.DisposeAsync();
        }

        s_services?.Dispose();
        s_logging?.Dispose();
    }

    [TestMethod]
    public async Task Three_activities_run_in_order_each_on_the_previous_result()
    {
        CancellationToken cancellation = Within(30);
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(SequenceOrchestrator.Name, new SequenceRequest("Ủy ban"), cancellation);

        OrchestrationMetadata done = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellation);

        CollectionAssert.AreEqual(new[] { "Ủy ban>1", "Ủy ban>1>2", "Ủy ban>1>2>3" }, done.ReadOutputAs<string[]>());
    }

    [TestMethod]
    public async Task An_event_before_the_deadline_wins_and_the_timer_is_cancelled()
    {
        CancellationToken cancellation = Within(30);
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(
            ApprovalOrchestrator.Name, new ApprovalRequest(TimeSpan.FromDays(3)), cancellation);
        await WaitForCustomStatusAsync(id, ApprovalOrchestrator.Waiting, cancellation);

        await Client.RaiseEventAsync(id, ApprovalOrchestrator.EventName, "Trưởng đoàn", cancellation);
        OrchestrationMetadata done = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellation);

        // Completed (not left waiting on the 3-day timer): the cancelled timer does not hold the orchestration open.
        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.AreEqual("approved by Trưởng đoàn", done.ReadOutputAs<string>());
    }

    [TestMethod]
    public async Task The_deadline_fires_when_no_event_comes()
    {
        CancellationToken cancellation = Within(30);
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(
            ApprovalOrchestrator.Name, new ApprovalRequest(TimeSpan.FromSeconds(1)), cancellation);

        OrchestrationMetadata done = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellation);

        Assert.AreEqual(ApprovalOrchestrator.TimedOut, done.ReadOutputAs<string>());
    }

    [TestMethod]
    public async Task An_event_raised_before_the_orchestrator_waits_for_it_is_kept()
    {
        CancellationToken cancellation = Within(30);
        var gate = s_services!.GetRequiredService<ActivityGate>();
        string key = Emulators.UniqueName("early");
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(EarlyEventOrchestrator.Name, key, cancellation);
        await gate.WhenEnteredAsync(key).WaitAsync(cancellation);

        // The orchestrator is still inside its activity: the event reaches its history before any wait exists.
        await Client.RaiseEventAsync(id, EarlyEventOrchestrator.EventName, "Báo cáo tự kiểm tra", cancellation);
        await Eventually.WaitForAsync(() => InstanceHistory.ContainsAsync(Engine, id, EventType.EventRaised), cancellation);
        gate.Release(key);
        OrchestrationMetadata done = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellation);

        Assert.AreEqual("Báo cáo tự kiểm tra", done.ReadOutputAs<string>());
    }

    [TestMethod]
    public async Task An_activity_that_fails_twice_succeeds_on_its_third_attempt_under_a_retry_policy()
    {
        CancellationToken cancellation = Within(30);
        string key = Emulators.UniqueName("flaky");
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(RetryOrchestrator.Name, new RetryRequest(key, MaxAttempts: 3), cancellation);

        OrchestrationMetadata done = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellation);

        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus, done.FailureDetails?.ToString());
        Assert.AreEqual(3, done.ReadOutputAs<int>());
    }

    [TestMethod]
    public async Task An_activity_failing_past_its_retries_fails_the_orchestration_with_the_cause()
    {
        CancellationToken cancellation = Within(30);
        string key = Emulators.UniqueName("broken");
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(RetryOrchestrator.Name, new RetryRequest(key, MaxAttempts: 2), cancellation);

        OrchestrationMetadata done = await Client.WaitForInstanceCompletionAsync(id, cancellation);

        Assert.AreEqual(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.AreEqual(2, s_services!.GetRequiredService<AttemptCounter>().Count(key));
        Assert.IsNotNull(done.FailureDetails);
        Assert.AreEqual(typeof(TaskFailedException).FullName, done.FailureDetails.ErrorType);
        StringAssert.Contains(done.FailureDetails.ErrorMessage, $"Transient failure 2 of '{key}'");
    }

    [TestMethod]
    public async Task A_fan_out_of_200_sub_orchestrations_completes()
    {
        const int count = 200;
        CancellationToken cancellation = Within(120);
        var stopwatch = Stopwatch.StartNew();
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(FanOutOrchestrator.Name, count, cancellation);

        OrchestrationMetadata done = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellation);

        TestContext.WriteLine($"Fan-out of {count} sub-orchestrations: {stopwatch.Elapsed.TotalSeconds:F1} s ({Settings()}).");
        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus, done.FailureDetails?.ToString());
        Assert.AreEqual((long)count * (count + 1) * (2 * count + 1) / 6, done.ReadOutputAs<long>());
    }

    [TestMethod]
    public async Task A_hundred_instances_of_three_activities_complete()
    {
        const int count = 100;
        CancellationToken cancellation = Within(120);
        string prefix = Emulators.UniqueName("hundred");
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(1, count).Select(n => Client.ScheduleNewOrchestrationInstanceAsync(
            SequenceOrchestrator.Name, new SequenceRequest($"#{n}"), new StartOrchestrationOptions($"{prefix}-{n}"), cancellation)));

        // One query for all of them: a hundred pollers would load Azurite more than the engine does.
        await Eventually.WaitForAsync(() => CountAsync(prefix, OrchestrationRuntimeStatus.Completed, cancellation), done => done == count, cancellation);

        TestContext.WriteLine($"{count} instances x 3 activities: {stopwatch.Elapsed.TotalSeconds:F1} s ({Settings()}).");
        Assert.AreEqual(0, await CountAsync(prefix, OrchestrationRuntimeStatus.Failed, cancellation));
    }

    [TestMethod]
    public async Task A_thirty_day_timer_is_scheduled_as_a_chain_of_timers_of_at_most_six_days()
    {
        CancellationToken cancellation = Within(30);
        DateTime before = DateTime.UtcNow;
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(TimerOrchestrator.Name, TimeSpan.FromDays(30), cancellation);

        IReadOnlyList<DateTime> timers = await Eventually.WaitForAsync(
            () => InstanceHistory.TimerFireTimesAsync(Engine, id), fireTimes => fireTimes.Count > 0, cancellation);

        // Real time never reaches the later links; the first one shows the split (a queue hides a message ≤ 7 days).
        Assert.HasCount(1, timers);
        Assert.IsTrue(timers[0] <= DateTime.UtcNow + DurableEngineOptions.LongestTimerInterval, $"first timer fires {timers[0]:O}");
        Assert.IsTrue(timers[0] >= before + DurableEngineOptions.LongestTimerInterval - TimeSpan.FromMinutes(1), $"first timer fires {timers[0]:O}");
        await Client.TerminateInstanceAsync(id, cancellation);
    }

    [TestMethod]
    public async Task A_timer_never_wakes_the_orchestrator_more_than_a_second_early()
    {
        CancellationToken cancellation = Within(30);
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(TimerOrchestrator.Name, TimeSpan.FromSeconds(2.5), cancellation);

        OrchestrationMetadata done = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellation);

        // A timer is a queue message hidden until its time, and queues take that delay in whole seconds (truncated):
        // the orchestrator may go on up to a second before the time it asked for — the plan clock relies on no more.
        // How late it may be is latency under load, a figure for the benchmark, not a pass/fail bound here.
        TimerReport report = done.ReadOutputAs<TimerReport>()!;
        TimeSpan lateness = report.WokeAt - report.FireAt;
        TestContext.WriteLine($"The timer woke the orchestrator {lateness.TotalMilliseconds:F0} ms after its time.");
        Assert.IsTrue(lateness > TimeSpan.FromSeconds(-1), $"woke {lateness} after its time");
    }

    private static async Task<int> CountAsync(string prefix, OrchestrationRuntimeStatus status, CancellationToken cancellation)
    {
        int count = 0;
        var query = new OrchestrationQuery { InstanceIdPrefix = prefix, Statuses = [status], PageSize = 1000 };
        await foreach (OrchestrationMetadata _ in Client.GetAllInstancesAsync(query).WithCancellation(cancellation))
        {
            count++;
        }

        return count;
    }

    private static async Task WaitForCustomStatusAsync(string id, string status, CancellationToken cancellation) =>
        await Eventually.WaitForAsync(
            () => Client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellation),
            state => state?.SerializedCustomStatus is { } serialized && serialized != "null" && state.ReadCustomStatusAs<string>() == status,
            cancellation);

    private static string Settings() =>
        $"{Engine.Options.PartitionCount} partitions, polling ≤ {Engine.Options.MaxQueuePollingInterval.TotalMilliseconds} ms, " +
        $"{Engine.Options.MaxConcurrentOrchestratorFunctions} orchestrations / {Engine.Options.MaxConcurrentActivityFunctions} activities at once, " +
        $"{Environment.ProcessorCount} cores";

    private CancellationToken Within(int seconds) => Eventually.Within(TimeSpan.FromSeconds(seconds), TestContext.CancellationToken);
}

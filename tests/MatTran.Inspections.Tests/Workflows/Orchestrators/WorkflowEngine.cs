using System.Text.Json;
using DurableTask.Core.History;
using MatTran.Inspections.Storage;
using MatTran.Inspections.Workflows;
using MatTran.Inspections.Workflows.Contracts;
using MatTran.LocalHost.Engine;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>
/// The real engine (<see cref="LocalDurableEngine"/>: DurableTask.Core over DurableTask.AzureStorage) on the test
/// assembly's Azurite, on a task hub of its own, running the real orchestrators with <see cref="StandInActivities"/>
/// and the payload format of both hosts. One per test class; its tests run side by side on it, each with its own
/// inspection ids and its own rehearsal clock.
/// </summary>
internal sealed class WorkflowEngine : IAsyncDisposable
{
    private readonly LocalDurableEngine _engine;
    private readonly ServiceProvider _services;
    private readonly ILoggerFactory _logging;

    private WorkflowEngine(LocalDurableEngine engine, ServiceProvider services, ILoggerFactory logging, StandInActivities activities)
    {
        _engine = engine;
        _services = services;
        _logging = logging;
        Activities = activities;
    }

    public StandInActivities Activities { get; }

    public DurableTaskClient Client => _engine.Client;

    public static async Task<WorkflowEngine> StartAsync(CancellationToken cancellationToken)
    {
        var servers = await Emulators.GetServersAsync(cancellationToken);
        var activities = new StandInActivities();
        var services = new ServiceCollection().AddSingleton(activities).BuildServiceProvider();
        var logging = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
        var registry = StandInActivities.Register(new LocalTaskHubRegistry());
        foreach (var orchestrator in WorkflowCatalog.Orchestrators)
        {
            registry.AddOrchestrator(orchestrator.Name, orchestrator.Type);
        }

        var engine = await LocalDurableEngine.StartAsync(
            StorageAccount.FromConnectionString(servers.StorageConnectionString),
            // A short idle poll keeps each step's latency well under the seconds a rehearsal day lasts here.
            new DurableEngineOptions { HubName = Emulators.UniqueName("wf"), PartitionCount = 2, MaxQueuePollingInterval = TimeSpan.FromMilliseconds(100) },
            registry,
            services,
            logging,
            new JsonDataConverter(WorkflowJson.Options),
            cancellationToken);
        var started = new WorkflowEngine(engine, services, logging, activities);
        await started.WarmUpAsync(cancellationToken);
        return started;
    }

    /// <summary>
    /// Runs one orchestration to its first activity and ends it. A fresh worker takes a few seconds to claim its
    /// partitions; tests whose first moments are seconds away should not spend them waiting for that.
    /// </summary>
    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        string inspectionId = Emulators.UniqueName("warmup");
        var probe = new RemediationInput(WorkflowInstanceIds.ForRemediation(inspectionId, 0), inspectionId, "warmup", "warmup", 0, "warm-up", "warm-up",
            new DateOnly(2027, 1, 4), PlanClock.RealTime(DateTime.UtcNow));
        await Client.ScheduleNewOrchestrationInstanceAsync(
            WorkflowNames.Remediation, probe, new StartOrchestrationOptions(probe.RemediationId), cancellationToken);
        await Activities.CalledAsync(inspectionId, ActivityNames.ScheduleRemediation, cancellationToken);
        await Client.TerminateInstanceAsync(probe.RemediationId, cancellation: cancellationToken);
    }

    /// <summary>A rehearsal clock whose plan time is <paramref name="planTimeUtc"/> now and runs at <paramref name="secondsPerDay"/>.</summary>
    public static PlanClock ClockFrom(DateTime planTimeUtc, double secondsPerDay) => new(planTimeUtc, DateTime.UtcNow, secondsPerDay);

    public async Task StartInspectionAsync(InspectionInput inspection, CancellationToken cancellationToken)
    {
        Activities.Know(inspection);
        await Client.ScheduleNewOrchestrationInstanceAsync(
            WorkflowNames.Inspection, inspection, new StartOrchestrationOptions(inspection.InspectionId), cancellationToken);
    }

    public Task SignalAsync(string inspectionId, InspectionSignal signal, CancellationToken cancellationToken) =>
        Client.RaiseEventAsync(inspectionId, WorkflowEvents.InspectionSignal, signal, cancellationToken);

    public Task SignalAsync(string remediationId, RemediationSignal signal, CancellationToken cancellationToken) =>
        Client.RaiseEventAsync(remediationId, WorkflowEvents.RemediationSignal, signal, cancellationToken);

    public async Task<OrchestrationMetadata> InstanceAsync(string instanceId, CancellationToken cancellationToken) =>
        await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken)
        ?? throw new AssertFailedException($"No instance {instanceId}.");

    /// <summary>The instance once <paramref name="condition"/> holds for it.</summary>
    public Task<OrchestrationMetadata> UntilAsync(
        string instanceId, Func<OrchestrationMetadata, bool> condition, string what, CancellationToken cancellationToken) =>
        Eventually.UntilAsync(
            async () => await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken) is { } instance && condition(instance)
                ? instance
                : null,
            $"{instanceId}: {what}",
            cancellationToken);

    /// <summary>The output, once the instance has completed (failing the test if it ended otherwise).</summary>
    public async Task<T> OutputAsync<T>(string instanceId, CancellationToken cancellationToken)
    {
        var instance = await UntilAsync(instanceId, i => !i.IsRunning && i.RuntimeStatus != OrchestrationRuntimeStatus.Pending, "ended", cancellationToken);
        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus, instance.FailureDetails?.ToString());
        return instance.ReadOutputAs<T>()!;
    }

    /// <summary>How many signals the instance has taken: raised events its orchestrator has already run into history.</summary>
    public async Task<int> SignalsTakenAsync(string instanceId)
    {
        string history = await _engine.OrchestrationService.GetOrchestrationHistoryAsync(instanceId, executionId: null!);
        using var events = JsonDocument.Parse(history);
        return events.RootElement.EnumerateArray().Count(e => e.TryGetProperty("EventType", out var type) && IsEventRaised(type));
    }

    /// <summary>The instance that started <paramref name="instanceId"/> as its sub-orchestration.</summary>
    public async Task<string?> ParentOfAsync(string instanceId)
    {
        var states = await _engine.OrchestrationService.GetOrchestrationStateAsync(instanceId, allExecutions: false);
        return states.Single().ParentInstance?.OrchestrationInstance.InstanceId;
    }

    /// <summary>
    /// Waits until plan time on <paramref name="clock"/> has passed <paramref name="planTime"/> by
    /// <paramref name="margin"/> of real time. Only for what can only be seen by time passing: that something did not
    /// happen by then, or a request made after a deadline.
    /// </summary>
    public static async Task PlanTimePassedAsync(PlanClock clock, DateTime planTime, TimeSpan margin, CancellationToken cancellationToken)
    {
        var wait = clock.ToRealTime(planTime) + margin - DateTime.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _engine.DisposeAsync();
        await _services.DisposeAsync();
        _logging.Dispose();
    }

    /// <summary>DurableTask.Core writes the event type as its number or its name, depending on the serializer settings.</summary>
    private static bool IsEventRaised(JsonElement type) =>
        type.ValueKind == JsonValueKind.Number
            ? type.GetInt32() == (int)EventType.EventRaised
            : type.GetString() == nameof(EventType.EventRaised);
}

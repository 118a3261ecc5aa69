using Azure.Storage.Queues;
using MatTran.Durable;
using MatTran.Durable.Time;
using MatTran.Inspections.Workflows.Contracts;
using MatTran.Inspections.Workflows.Orchestrators;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>
/// A fresh task hub on the shared Azurite running the real orchestrators with stand-in activities, on a virtual clock.
/// The worker is driven through its single-step entry points (the ones the Functions triggers call) until nothing is
/// left to do, so every test step ends with the orchestrations settled and no real time is waited for.
/// </summary>
internal sealed class WorkflowHub
{
    public static readonly DateTimeOffset Start = new(2027, 1, 4, 0, 0, 0, TimeSpan.Zero);

    private readonly QueueClient _control;
    private readonly QueueClient _work;

    private WorkflowHub(string connectionString, StandInActivities activities)
    {
        var hubName = "W" + Guid.NewGuid().ToString("N")[..12];
        var options = new DurableTaskOptions
        {
            TaskHubName = hubName,
            StorageConnectionString = connectionString,
            MessageVisibilityTimeout = TimeSpan.FromSeconds(30),
            WaitPollingInterval = TimeSpan.FromMilliseconds(50),
        };
        options.AddInspectionOrchestrators();
        activities.Register(options);
        Activities = activities;
        Clock = new VirtualTimeProvider(Start);
        Client = new DurableTaskClient(options, Clock);
        Worker = new DurableWorker(options, timeProvider: Clock);
        // Queue names as docs/durable.md §3 gives them: "{hub}-control" and "{hub}-work", lower-case.
        // The engine writes its messages base64-encoded (the Functions queue trigger's default), Azure.Storage.Queues reads raw text unless told.
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        _control = new QueueClient(connectionString, hubName.ToLowerInvariant() + "-control", queueOptions);
        _work = new QueueClient(connectionString, hubName.ToLowerInvariant() + "-work", queueOptions);
    }

    public StandInActivities Activities { get; }

    public VirtualTimeProvider Clock { get; }

    public DurableTaskClient Client { get; }

    public DurableWorker Worker { get; }

    public static async Task<WorkflowHub> StartAsync(StandInActivities activities, CancellationToken cancellationToken)
    {
        var servers = await Emulators.GetServersAsync(cancellationToken);
        var hub = new WorkflowHub(servers.StorageConnectionString, activities);
        await hub.Worker.CreateTaskHubAsync(cancellationToken);
        return hub;
    }

    public async Task StartInspectionAsync(InspectionInput inspection, CancellationToken cancellationToken)
    {
        Activities.Know(inspection);
        await Client.ScheduleNewOrchestrationInstanceAsync(
            WorkflowNames.Inspection, inspection, new StartOrchestrationOptions(inspection.InspectionId), cancellationToken);
        await RunUntilIdleAsync(cancellationToken);
    }

    public async Task SignalAsync(string inspectionId, InspectionSignal signal, CancellationToken cancellationToken)
    {
        await Client.RaiseEventAsync(inspectionId, WorkflowEvents.InspectionSignal, signal, cancellationToken);
        await RunUntilIdleAsync(cancellationToken);
    }

    public async Task SignalAsync(string remediationId, RemediationSignal signal, CancellationToken cancellationToken)
    {
        await Client.RaiseEventAsync(remediationId, WorkflowEvents.RemediationSignal, signal, cancellationToken);
        await RunUntilIdleAsync(cancellationToken);
    }

    /// <summary>Moves the virtual clock to <paramref name="utc"/> (if it is not there yet) and lets every timer due on the way fire.</summary>
    public async Task AdvanceToAsync(DateTime utc, CancellationToken cancellationToken)
    {
        var target = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        if (target > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(target);
        }

        await RunUntilIdleAsync(cancellationToken);
    }

    public async Task<OrchestrationMetadata> InstanceAsync(string instanceId, CancellationToken cancellationToken) =>
        await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken)
        ?? throw new InvalidOperationException($"No instance {instanceId}.");

    public async Task<T> OutputAsync<T>(string instanceId, CancellationToken cancellationToken)
    {
        var instance = await InstanceAsync(instanceId, cancellationToken);
        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus, instance.FailureDetails?.ErrorMessage);
        return instance.ReadOutputAs<T>()!;
    }

    public async Task RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        for (var idleRounds = 0; idleRounds < 2;)
        {
            var done = await PumpAsync(_control, group: true, t => Worker.ProcessControlMessageAsync(t, cancellationToken), cancellationToken);
            done += await PumpAsync(_work, group: false, t => Worker.ProcessWorkItemAsync(t, cancellationToken), cancellationToken);
            done += await Worker.SweepTimersAsync(cancellationToken);
            idleRounds = done == 0 ? idleRounds + 1 : 0;
        }
    }

    private static async Task<int> PumpAsync(
        QueueClient queue, bool group, Func<string, Task> process, CancellationToken cancellationToken)
    {
        var messages = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30), cancellationToken)).Value;
        // Control messages for one instance are one episode, as the in-process dispatcher does it.
        var batches = group
            ? messages.GroupBy(m => m.MessageText).Select(g => g.ToArray())
            : messages.Select(m => new[] { m });
        await Parallel.ForEachAsync(batches, cancellationToken, async (batch, ct) =>
        {
            await process(batch[0].MessageText);
            foreach (var message in batch)
            {
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
            }
        });
        return messages.Length;
    }
}

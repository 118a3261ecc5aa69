using MatTran.AzureStorage.Queues;
using MatTran.AzureStorage.Tables;
using MatTran.Durable.Time;

namespace MatTran.Durable.Tests.Runtime;

/// <summary>
/// A fresh task hub on the shared Azurite with a virtual clock, a client and a worker. <see cref="RunUntilIdleAsync"/>
/// drives the worker's single-step entry points (the same ones the Functions triggers call) until nothing is left.
/// </summary>
internal sealed class TestHub
{
    public static readonly DateTimeOffset Start = new(2025, 3, 3, 1, 0, 0, TimeSpan.Zero);

    public TestHub(Action<DurableTaskOptions> register, string? hubName = null)
    {
        Options = NewOptions(hubName ?? "T" + Guid.NewGuid().ToString("N")[..12], register);
        Clock = new VirtualTimeProvider(Start);
        Client = new DurableTaskClient(Options, Clock);
        Worker = new DurableWorker(Options, timeProvider: Clock);
    }

    public DurableTaskOptions Options { get; }

    public VirtualTimeProvider Clock { get; }

    public DurableTaskClient Client { get; }

    public DurableWorker Worker { get; }

    public static DurableTaskOptions NewOptions(string hubName, Action<DurableTaskOptions> register)
    {
        var options = new DurableTaskOptions
        {
            TaskHubName = hubName,
            StorageConnectionString = Emulators.StorageConnectionString,
            MinPollingInterval = TimeSpan.FromMilliseconds(10),
            MaxPollingInterval = TimeSpan.FromMilliseconds(100),
            TimerSweepInterval = TimeSpan.FromMilliseconds(100),
            MessageVisibilityTimeout = TimeSpan.FromSeconds(30),
            WaitPollingInterval = TimeSpan.FromMilliseconds(50),
        };
        register(options);
        return options;
    }

    /// <summary>A second worker on the same task hub, e.g. with different code registered.</summary>
    public DurableWorker NewWorker(Action<DurableTaskOptions> register) =>
        new(NewOptions(Options.TaskHubName, register), timeProvider: Clock);

    public TableClient State => Worker.Storage.State;

    public async Task RunUntilIdleAsync(CancellationToken cancellationToken, DurableWorker? worker = null)
    {
        worker ??= Worker;
        await worker.CreateTaskHubAsync(cancellationToken);
        for (var idleRounds = 0; idleRounds < 2;)
        {
            var done = await PumpAsync(worker.Storage.Control, true, t => worker.ProcessControlMessageAsync(t, cancellationToken), cancellationToken);
            done += await PumpAsync(worker.Storage.Work, false, t => worker.ProcessWorkItemAsync(t, cancellationToken), cancellationToken);
            done += await worker.SweepTimersAsync(cancellationToken);
            idleRounds = done == 0 ? idleRounds + 1 : 0;
        }
    }

    /// <summary>Moves the virtual clock and lets the worker deliver whatever fell due.</summary>
    public async Task AdvanceAsync(TimeSpan delta, CancellationToken cancellationToken)
    {
        Clock.Advance(delta);
        await RunUntilIdleAsync(cancellationToken);
    }

    public async Task<List<TableEntity>> RowsAsync(string instanceId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in State.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {instanceId}"), cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static async Task<int> PumpAsync(
        QueueClient queue, bool group, Func<string, Task> process, CancellationToken cancellationToken)
    {
        var messages = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30), cancellationToken)).Value;
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

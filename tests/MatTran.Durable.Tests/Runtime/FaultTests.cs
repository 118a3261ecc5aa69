using MatTran.AzureStorage.Tables;
using MatTran.Durable.Serialization;
using MatTran.Durable.Storage;

namespace MatTran.Durable.Tests.Runtime;

[TestClass]
public sealed class FaultTests
{
    public TestContext TestContext { get; set; } = null!;

    private static int s_activityRuns;

    private static void Register(DurableTaskOptions o) => o
        .AddActivityFunc<string, string>("Issue", (ctx, x) =>
        {
            Interlocked.Increment(ref s_activityRuns);
            return Task.FromResult($"{x}#{ctx.TaskId}");
        })
        .AddOrchestratorFunc<string, string>("Issuing", async (ctx, x) =>
        {
            var a = await ctx.CallActivityAsync<string>("Issue", x);
            var b = await ctx.CallActivityAsync<string>("Issue", a);
            return b;
        })
        .AddOrchestratorFunc<int, int>("Tally", async (ctx, expected) =>
        {
            var total = 0;
            for (var i = 0; i < expected; i++)
            {
                total += await ctx.WaitForExternalEvent<int>("Vote");
            }

            return total;
        });

    private sealed class SimulatedCrashException() : Exception("worker stopped after commit");

    [TestMethod]
    public async Task Crash_after_commit_before_outbox_is_finished_by_another_worker_with_the_same_result()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;
        var crashing = hub.NewWorker(Register);
        crashing.Episode.AfterCommit = _ => throw new SimulatedCrashException();

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Issuing", "QĐ", cancellationToken: ct);
        await Assert.ThrowsExactlyAsync<SimulatedCrashException>(() => crashing.ProcessControlMessageAsync(id, ct));
        Assert.IsTrue((await hub.RowsAsync(id, ct)).Any(r => r.RowKey.StartsWith("out", StringComparison.Ordinal)), "the outbox row was committed");

        // The control message is still on the queue (never deleted): a healthy worker picks it up.
        await hub.RunUntilIdleAsync(ct);

        var done = await hub.Client.GetInstanceAsync(id, true, ct);
        Assert.AreEqual("QĐ#0#1", done!.ReadOutputAs<string>());
        Assert.IsFalse((await hub.RowsAsync(id, ct)).Any(r => r.RowKey.StartsWith("out", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task Two_workers_racing_on_one_instance_apply_every_event_exactly_once()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;
        var other = hub.NewWorker(Register);
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Tally", 20, cancellationToken: ct);
        await hub.RunUntilIdleAsync(ct);

        for (var i = 1; i <= 20; i++)
        {
            await hub.Client.RaiseEventAsync(id, "Vote", i, ct);
            if (i % 4 == 0)
            {
                // Both workers run episodes for the same instance at the same moment.
                await Task.WhenAll(
                    hub.Worker.ProcessControlMessageAsync(id, ct), other.ProcessControlMessageAsync(id, ct),
                    hub.Worker.ProcessControlMessageAsync(id, ct), other.ProcessControlMessageAsync(id, ct));
            }
        }

        await hub.RunUntilIdleAsync(ct);

        Assert.AreEqual(210, (await hub.Client.GetInstanceAsync(id, true, ct))!.ReadOutputAs<int>());
        var history = await hub.Client.GetHistoryAsync(id, ct);
        Assert.AreEqual(20, history.Count(e => e.EventType == HistoryEventType.EventRaised));
    }

    [TestMethod]
    public async Task Redelivered_activity_result_completes_its_task_once()
    {
        var hub = new TestHub(Register);
        var ct = TestContext.CancellationToken;
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Issuing", "TB", cancellationToken: ct);
        await hub.Worker.ProcessControlMessageAsync(id, ct);
        var workItem = (await hub.Worker.Storage.Work.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30), ct)).Value.Single();
        var runsBefore = s_activityRuns;

        // The same work item runs twice (a redelivery after a lost delete), with an episode in between.
        await hub.Worker.ProcessWorkItemAsync(workItem.MessageText, ct);
        await hub.Worker.ProcessControlMessageAsync(id, ct);
        await hub.Worker.ProcessWorkItemAsync(workItem.MessageText, ct);
        await hub.Worker.Storage.Work.DeleteMessageAsync(workItem.MessageId, workItem.PopReceipt, ct);
        await hub.RunUntilIdleAsync(ct);

        Assert.IsGreaterThanOrEqualTo(runsBefore + 2, s_activityRuns);
        Assert.AreEqual("TB#0#1", (await hub.Client.GetInstanceAsync(id, true, ct))!.ReadOutputAs<string>());
        var history = await hub.Client.GetHistoryAsync(id, ct);
        Assert.AreEqual(1, history.Count(e => e.EventType == HistoryEventType.TaskCompleted && e.TaskScheduledId == 0));
        Assert.IsEmpty((await hub.RowsAsync(id, ct)).Where(r => r.RowKey.StartsWith("in", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task Repeated_outbox_creating_a_sub_orchestration_creates_it_once()
    {
        var hub = new TestHub(o => o
            .AddOrchestratorFunc<string, string>("Child", (ctx, x) => Task.FromResult(x + " done"))
            .AddOrchestratorFunc<string, string>("Parent", (ctx, x) =>
                ctx.CallSubOrchestratorAsync<string>("Child", x, new SubOrchestrationOptions(instanceId: "child-" + ctx.InstanceId))));
        var ct = TestContext.CancellationToken;
        var crashing = hub.NewWorker(o => o
            .AddOrchestratorFunc<string, string>("Parent", (ctx, x) =>
                ctx.CallSubOrchestratorAsync<string>("Child", x, new SubOrchestrationOptions(instanceId: "child-" + ctx.InstanceId))));
        var carriedOut = 0;
        crashing.Episode.AfterCommit = async instance =>
        {
            // Carry the outbox out completely, then "crash" as if its row had not been deleted yet.
            var row = (await hub.RowsAsync(instance, ct)).Single(r => r.RowKey.StartsWith("out", StringComparison.Ordinal));
            var payloads = new PayloadStore(hub.Worker.Storage);
            var messages = JsonPayload.Deserialize<List<OutboxMessage>>(await ChunkedText.ReadAsync(row, "Messages", payloads, ct))!;
            await new OutboxExecutor(hub.Worker.Storage, payloads, hub.Clock).CarryOutAsync(instance, row.RowKey, messages, ct);
            carriedOut++;
            await hub.State.UpsertEntityAsync(row, TableUpdateMode.Replace, ct);
            throw new SimulatedCrashException();
        };

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Parent", "KL", new StartOrchestrationOptions("p1"), ct);
        await Assert.ThrowsExactlyAsync<SimulatedCrashException>(() => crashing.ProcessControlMessageAsync(id, ct));
        await hub.RunUntilIdleAsync(ct);

        Assert.AreEqual(1, carriedOut);
        Assert.AreEqual("KL done", (await hub.Client.GetInstanceAsync(id, true, ct))!.ReadOutputAs<string>());
        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, (await hub.Client.GetInstanceAsync("child-p1", cancellationToken: ct))!.RuntimeStatus);
        var childHistory = await hub.Client.GetHistoryAsync("child-p1", ct);
        Assert.AreEqual(1, childHistory.Count(e => e.EventType == HistoryEventType.ExecutionStarted));
    }

    [TestMethod]
    public async Task Lost_poke_after_a_client_write_is_made_up_by_the_delayed_repair_poke()
    {
        var hub = new TestHub(o => { Register(o); o.RepairPokeDelay = TimeSpan.FromSeconds(2); });
        var ct = TestContext.CancellationToken;
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Issuing", "KH", cancellationToken: ct);

        // The client "died" before its immediate poke: drop every control message visible now.
        foreach (var message in (await hub.Worker.Storage.Control.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5), ct)).Value)
        {
            await hub.Worker.Storage.Control.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
        }

        await hub.RunUntilIdleAsync(ct);
        Assert.AreEqual(OrchestrationRuntimeStatus.Pending, (await hub.Client.GetInstanceAsync(id, cancellationToken: ct))!.RuntimeStatus);

        await Task.Delay(TimeSpan.FromSeconds(2.5), ct);
        await hub.RunUntilIdleAsync(ct);

        Assert.AreEqual("KH#0#1", (await hub.Client.GetInstanceAsync(id, true, ct))!.ReadOutputAs<string>());
    }
}

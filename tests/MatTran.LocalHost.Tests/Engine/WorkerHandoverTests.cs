using System.Diagnostics;
using MatTran.LocalHost.Engine;
using MatTran.LocalHost.Tests.Engine.Workflows;
using Microsoft.DurableTask.Client;

namespace MatTran.LocalHost.Tests.Engine;

/// <summary>A worker stopped mid-run and another one on the same task hub finishing its work (a host restart).</summary>
[TestClass]
public sealed class WorkerHandoverTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task A_second_engine_finishes_the_instances_a_stopped_engine_left_waiting_and_running()
    {
        CancellationToken cancellation = Eventually.Within(TimeSpan.FromSeconds(60), TestContext.CancellationToken);
        DurableEngineOptions options = TestEngines.RestartOptions(Emulators.UniqueName("handover"));
        using var services = TestEngines.Services();
        using var logging = TestEngines.Logging();

        await using LocalDurableEngine first = await TestEngines.StartAsync(options, services, logging, cancellation);
        string[] waiting = await StartAllAsync(first.Client, 5, n => (StepWaitStepOrchestrator.Name, (object)$"w{n}"), cancellation);
        foreach (string id in waiting)
        {
            await Eventually.WaitForAsync(
                () => first.Client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellation),
                state => state?.SerializedCustomStatus == $"\"{StepWaitStepOrchestrator.Waiting}\"",
                cancellation);
        }

        // Slow steps: these are between activities (or inside one) when the engine stops.
        string[] running = await StartAllAsync(first.Client, 5, n => (SequenceOrchestrator.Name, new SequenceRequest($"r{n}", 1500)), cancellation);
        foreach (string id in running)
        {
            await first.Client.WaitForInstanceStartAsync(id, cancellation);
        }

        var stopping = Stopwatch.StartNew();
        await first.DisposeAsync();
        TestContext.WriteLine($"The first engine stopped in {stopping.Elapsed.TotalSeconds:F1} s.");

        // Messages the first engine had fetched but not processed reappear after the visibility timeout (10 s here).
        var finishing = Stopwatch.StartNew();
        await using LocalDurableEngine second = await TestEngines.StartAsync(options, services, logging, cancellation);
        OrchestrationMetadata?[] left = await Task.WhenAll(running.Concat(waiting).Select(id => second.Client.GetInstanceAsync(id, cancellation)));
        Assert.IsTrue(left.All(state => state!.IsRunning), "the first engine left every instance unfinished");
        foreach (string id in waiting)
        {
            await second.Client.RaiseEventAsync(id, StepWaitStepOrchestrator.EventName, "+", cancellation);
        }

        OrchestrationMetadata[] done = await Task.WhenAll(
            running.Concat(waiting).Select(id => second.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellation)));

        TestContext.WriteLine($"The second engine finished them {finishing.Elapsed.TotalSeconds:F1} s after the first stopped.");
        Assert.IsTrue(done.All(state => state.RuntimeStatus == OrchestrationRuntimeStatus.Completed), "the second engine finished them");
        CollectionAssert.AreEqual(
            Enumerable.Range(1, 5).Select(n => $"w{n}>1+>2").ToArray(),
            done.Skip(running.Length).Select(state => state.ReadOutputAs<string>()).ToArray());
        CollectionAssert.AreEqual(
            Enumerable.Range(1, 5).Select(n => $"r{n}>1>2>3").ToArray(),
            done.Take(running.Length).Select(state => state.ReadOutputAs<string[]>()![^1]).ToArray());
    }

    private static Task<string[]> StartAllAsync(
        DurableTaskClient client, int count, Func<int, (string Name, object Input)> instance, CancellationToken cancellation) =>
        Task.WhenAll(Enumerable.Range(1, count).Select(n =>
        {
            (string name, object input) = instance(n);
            return client.ScheduleNewOrchestrationInstanceAsync(name, input, cancellation);
        }));
}

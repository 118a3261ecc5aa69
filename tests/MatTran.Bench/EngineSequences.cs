using System.Diagnostics;
using System.Globalization;
using MatTran.Inspections.Storage;
using MatTran.LocalHost.Engine;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MatTran.Bench;

/// <summary>(b) N instances × 3 activities on the local engine (TaskHubWorker + DurableTask.AzureStorage), all started at once.</summary>
internal static class EngineSequences
{
    public static async Task<Figure> RunAsync(
        string connectionString, DurableEngineOptions options, int instances, RequestCounter requests, CancellationToken cancellationToken)
    {
        var registry = new LocalTaskHubRegistry()
            .AddOrchestrator<ThreeStepOrchestrator>(ThreeStepOrchestrator.Name)
            .AddActivity<AddOneActivity>(AddOneActivity.Name);
        using var services = new ServiceCollection().BuildServiceProvider();
        using var logging = LoggerFactory.Create(l => l.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
        await using var engine = await LocalDurableEngine.StartAsync(
            StorageAccount.FromConnectionString(connectionString), options, registry, services, logging, cancellationToken: cancellationToken);

        var before = requests.Count;
        var watch = Stopwatch.StartNew();
        var ids = await Task.WhenAll(Enumerable.Range(0, instances).Select(i =>
            engine.Client.ScheduleNewOrchestrationInstanceAsync(
                ThreeStepOrchestrator.Name, i, new Microsoft.DurableTask.StartOrchestrationOptions("seq-" + i.ToString("D5", CultureInfo.InvariantCulture)), cancellationToken)));
        foreach (var id in ids)
        {
            var done = await engine.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: false, cancellationToken);
            if (done.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
            {
                throw new InvalidOperationException($"Instance {id} ended {done.RuntimeStatus}: {done.FailureDetails?.ErrorMessage}");
            }
        }

        watch.Stop();
        return new Figure($"(b) engine: {instances} instances × 3 activities", instances, watch.Elapsed, instances, "instances/s", requests.Count - before);
    }
}

using MatTran.AzureStorage.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MatTran.Durable;

/// <summary>
/// In-process dispatch: one poller per queue and one timer sweeper. Each poller receives up to 32 messages, runs them
/// with the configured concurrency (control messages for the same instance collapse into one episode), deletes
/// what succeeded and backs off exponentially while a queue is empty. Stopping lets in-flight work finish; a message
/// that fails stays on the queue and comes back after its visibility timeout.
/// </summary>
public sealed class DurableTaskHostedService(DurableWorker worker, ILogger<DurableTaskHostedService>? logger = null) : BackgroundService
{
    private const int ReceiveBatch = 32;
    private readonly ILogger _logger = logger ?? NullLogger<DurableTaskHostedService>.Instance;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await worker.CreateTaskHubAsync(stoppingToken);
        var options = worker.Options;
        await Task.WhenAll(
            PollAsync(worker.Storage.Control, options.MaxConcurrentOrchestrations, groupByText: true,
                (text, ct) => worker.ProcessControlMessageAsync(text, ct), stoppingToken),
            PollAsync(worker.Storage.Work, options.MaxConcurrentActivities, groupByText: false,
                (text, ct) => worker.ProcessWorkItemAsync(text, ct), stoppingToken),
            SweepAsync(stoppingToken));
    }

    private async Task PollAsync(
        QueueClient queue, int concurrency, bool groupByText, Func<string, CancellationToken, Task> process, CancellationToken stoppingToken)
    {
        var options = worker.Options;
        var idle = options.MinPollingInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] messages;
            try
            {
                messages = (await queue.ReceiveMessagesAsync(ReceiveBatch, options.MessageVisibilityTimeout, stoppingToken)).Value;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Azure.RequestFailedException failure)
            {
                _logger.LogError(failure, "Receiving from {Queue} failed; retrying after {Delay}.", queue.Name, options.MaxPollingInterval);
                await Delay(options.MaxPollingInterval, stoppingToken);
                continue;
            }

            if (messages.Length == 0)
            {
                await Delay(idle, stoppingToken);
                idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, options.MaxPollingInterval.Ticks));
                continue;
            }

            idle = options.MinPollingInterval;
            var groups = groupByText
                ? messages.GroupBy(m => m.MessageText.Trim()).Select(g => g.ToArray())
                : messages.Select(m => new[] { m });

            // In-flight work is not cancelled by shutdown: it finishes, so that nothing is left half done.
            await Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (group, _) =>
            {
                try
                {
                    await process(group[0].MessageText, CancellationToken.None);
                    foreach (var message in group)
                    {
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
                    }
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    await HandleFailureAsync(queue, group, failure);
                }
            });
        }
    }

    private async Task HandleFailureAsync(QueueClient queue, QueueMessage[] group, Exception failure)
    {
        var poisoned = group.Where(m => m.DequeueCount >= worker.Options.MaxDequeueCount).ToList();
        _logger.LogError(failure, "Processing a message from {Queue} failed (dequeue count {Count}).", queue.Name, group.Max(m => m.DequeueCount));
        foreach (var message in poisoned)
        {
            _logger.LogCritical("Dropping message {MessageId} from {Queue} after {Count} failed attempts: {Text}",
                message.MessageId, queue.Name, message.DequeueCount, message.MessageText);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await worker.SweepTimersAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Azure.RequestFailedException failure)
            {
                _logger.LogError(failure, "Timer sweep failed; the next sweep retries.");
            }

            await Delay(worker.Options.TimerSweepInterval, stoppingToken);
        }
    }

    /// <summary>Operational pauses run on real time, even when the task hub's business clock is virtual.</summary>
    private static async Task Delay(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: the loop condition ends the poller.
        }
    }
}

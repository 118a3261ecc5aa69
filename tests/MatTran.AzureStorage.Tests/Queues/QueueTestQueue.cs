using MatTran.AzureStorage.Queues;

namespace MatTran.AzureStorage.Tests.Queues;

/// <summary>A fresh queue on the shared Azurite for one test.</summary>
internal static class QueueTestQueue
{
    public static async Task<QueueClient> CreateAsync(CancellationToken cancellationToken, QueueClientOptions? options = null)
    {
        var queue = new QueueServiceClient(Emulators.Servers.StorageConnectionString, options).GetQueueClient(Emulators.UniqueName("q"));
        await queue.CreateIfNotExistsAsync(cancellationToken);
        return queue;
    }

    /// <summary>Receives until a message shows up or the deadline passes (visibility is restored by the service's clock).</summary>
    public static async Task<QueueMessage?> ReceiveWithinAsync(
        QueueClient queue, TimeSpan deadline, TimeSpan? visibilityTimeout, CancellationToken cancellationToken)
    {
        var until = DateTimeOffset.UtcNow + deadline;
        while (DateTimeOffset.UtcNow < until)
        {
            var messages = (await queue.ReceiveMessagesAsync(1, visibilityTimeout, cancellationToken)).Value;
            if (messages.Length > 0)
            {
                return messages[0];
            }

            await Task.Delay(250, cancellationToken);
        }

        return null;
    }
}

namespace MatTran.AzureStorage.Queues;

/// <summary>Queue properties; the message count is approximate (the service says so: it may lag).</summary>
public sealed class QueueProperties
{
    internal QueueProperties(int approximateMessagesCount, IDictionary<string, string> metadata)
    {
        ApproximateMessagesCount = approximateMessagesCount;
        Metadata = metadata;
    }

    public int ApproximateMessagesCount { get; }

    public IDictionary<string, string> Metadata { get; }
}

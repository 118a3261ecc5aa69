namespace MatTran.AzureStorage.Queues;

/// <summary>A message looked at without receiving it: no pop receipt, visibility unchanged.</summary>
public sealed class PeekedMessage
{
    internal PeekedMessage(string messageId, BinaryData body, long dequeueCount, DateTimeOffset? insertedOn, DateTimeOffset? expiresOn)
    {
        MessageId = messageId;
        Body = body;
        DequeueCount = dequeueCount;
        InsertedOn = insertedOn;
        ExpiresOn = expiresOn;
    }

    public string MessageId { get; }

    public BinaryData Body { get; }

    public string MessageText => Body.ToString();

    public long DequeueCount { get; }

    public DateTimeOffset? InsertedOn { get; }

    public DateTimeOffset? ExpiresOn { get; }
}

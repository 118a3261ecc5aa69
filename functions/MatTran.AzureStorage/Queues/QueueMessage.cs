namespace MatTran.AzureStorage.Queues;

/// <summary>A received message: invisible to others until <see cref="NextVisibleOn"/>; delete it with its pop receipt.</summary>
public sealed class QueueMessage
{
    internal QueueMessage(
        string messageId, string popReceipt, BinaryData body, long dequeueCount,
        DateTimeOffset? insertedOn, DateTimeOffset? expiresOn, DateTimeOffset? nextVisibleOn)
    {
        MessageId = messageId;
        PopReceipt = popReceipt;
        Body = body;
        DequeueCount = dequeueCount;
        InsertedOn = insertedOn;
        ExpiresOn = expiresOn;
        NextVisibleOn = nextVisibleOn;
    }

    public string MessageId { get; }

    public string PopReceipt { get; }

    /// <summary>The decoded content (base64 already removed when the client uses Base64 encoding).</summary>
    public BinaryData Body { get; }

    /// <summary>The content as UTF-8 text.</summary>
    public string MessageText => Body.ToString();

    /// <summary>How many times the message has been received, this time included.</summary>
    public long DequeueCount { get; }

    public DateTimeOffset? InsertedOn { get; }

    public DateTimeOffset? ExpiresOn { get; }

    public DateTimeOffset? NextVisibleOn { get; }
}

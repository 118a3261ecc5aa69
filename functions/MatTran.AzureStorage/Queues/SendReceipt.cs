namespace MatTran.AzureStorage.Queues;

/// <summary>What Put Message returns: the new message's id, pop receipt and times.</summary>
public sealed class SendReceipt
{
    internal SendReceipt(string messageId, string popReceipt, DateTimeOffset insertionTime, DateTimeOffset expirationTime, DateTimeOffset timeNextVisible)
    {
        MessageId = messageId;
        PopReceipt = popReceipt;
        InsertionTime = insertionTime;
        ExpirationTime = expirationTime;
        TimeNextVisible = timeNextVisible;
    }

    public string MessageId { get; }

    public string PopReceipt { get; }

    public DateTimeOffset InsertionTime { get; }

    public DateTimeOffset ExpirationTime { get; }

    public DateTimeOffset TimeNextVisible { get; }
}

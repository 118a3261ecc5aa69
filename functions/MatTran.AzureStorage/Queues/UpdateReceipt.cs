namespace MatTran.AzureStorage.Queues;

/// <summary>What Update Message returns: the pop receipt to use from now on and when the message becomes visible.</summary>
public sealed class UpdateReceipt
{
    internal UpdateReceipt(string popReceipt, DateTimeOffset nextVisibleOn)
    {
        PopReceipt = popReceipt;
        NextVisibleOn = nextVisibleOn;
    }

    public string PopReceipt { get; }

    public DateTimeOffset NextVisibleOn { get; }
}

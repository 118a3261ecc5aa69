using System.Diagnostics.Tracing;

namespace MatTran.Bench;

/// <summary>
/// Counts storage requests (each retry attempt too) as the Azure SDK pipeline reports them: every Azure.Core client in
/// the process (ours and DurableTask.AzureStorage's) writes one <c>Request</c> event to the <c>Azure-Core</c> event
/// source per attempt, so the count covers the read model and the engine without configuring either's clients.
/// </summary>
internal sealed class RequestCounter : EventListener
{
    private const string AzureCoreSource = "Azure-Core";
    private const string RequestEvent = "Request";
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == AzureCoreSource)
        {
            EnableEvents(eventSource, EventLevel.Informational);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName == RequestEvent)
        {
            Interlocked.Increment(ref _count);
        }
    }
}

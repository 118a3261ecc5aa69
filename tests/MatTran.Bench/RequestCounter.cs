using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace MatTran.Bench;

/// <summary>
/// Counts storage requests (each retry attempt too) as the Azure SDK pipeline reports them: every Azure.Core client in
/// the process (ours and DurableTask.AzureStorage's) writes one <c>Request</c> event to the <c>Azure-Core</c> event
/// source per attempt, so the count covers the read model and the engine without configuring either's clients. Each
/// request is also counted under its resource (the table, queue or container in its URL), so a figure can say which
/// part of the product made them, and apart when it was made while the host served an HTTP call (see
/// <see cref="ServingHttp"/>), so the workflow's own cost can be told from the cost of answering the people's reads.
/// </summary>
internal sealed class RequestCounter : EventListener
{
    private const string AzureCoreSource = "Azure-Core";
    private const string RequestEvent = "Request";
    private readonly ConcurrentDictionary<string, long> _byResource = new(StringComparer.OrdinalIgnoreCase);
    private static readonly AsyncLocal<bool> ServingHttpFlow = new();
    private long _count;
    private long _servingHttp;

    public long Count => Interlocked.Read(ref _count);

    /// <summary>Of <see cref="Count"/>, the requests made while serving an HTTP call of the API.</summary>
    public long ServingHttpCount => Interlocked.Read(ref _servingHttp);

    /// <summary>
    /// Set for the rest of an HTTP call's async flow by the benchmark host's first middleware. The SDK writes its
    /// event synchronously on the calling flow, so the flag seen in <see cref="OnEventWritten"/> is the caller's.
    /// </summary>
    public static bool ServingHttp
    {
        get => ServingHttpFlow.Value;
        set => ServingHttpFlow.Value = value;
    }

    /// <summary>A copy of the counts so far per resource name.</summary>
    public IReadOnlyDictionary<string, long> ByResource() => new Dictionary<string, long>(_byResource, StringComparer.OrdinalIgnoreCase);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == AzureCoreSource)
        {
            EnableEvents(eventSource, EventLevel.Informational);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName != RequestEvent)
        {
            return;
        }

        Interlocked.Increment(ref _count);
        if (ServingHttp)
        {
            Interlocked.Increment(ref _servingHttp);
        }

        int uriIndex = eventData.PayloadNames?.IndexOf("uri") ?? -1;
        if (uriIndex >= 0 && eventData.Payload?[uriIndex] is string uri)
        {
            _byResource.AddOrUpdate(ResourceOf(uri), 1, (_, n) => n + 1);
        }
    }

    /// <summary>"…/devstoreaccount1/inspections(PartitionKey=…)" → "inspections"; "…/life1-control-00/messages" → "life1-control-00".</summary>
    private static string ResourceOf(string uri)
    {
        string[] segments = new Uri(uri).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string resource = segments.Length > 1 ? segments[1] : segments.FirstOrDefault() ?? "";
        int parenthesis = resource.IndexOf('(', StringComparison.Ordinal);
        return parenthesis >= 0 ? resource[..parenthesis] : resource;
    }
}

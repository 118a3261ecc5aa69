using Azure.Core;
using Azure.Core.Pipeline;

namespace MatTran.AzureStorage.Tests.Blobs;

/// <summary>A pipeline policy that records each request's method and URI, to see which REST calls a client made.</summary>
internal sealed class RequestLog : HttpPipelineSynchronousPolicy
{
    private readonly List<string> _entries = [];

    public IReadOnlyList<string> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        lock (_entries)
        {
            _entries.Add(message.Request.Method.Method + " " + message.Request.Uri.ToUri().PathAndQuery);
        }
    }
}

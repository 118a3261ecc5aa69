using Azure.Core;
using Azure.Core.Pipeline;

namespace MatTran.AzureStorage.Tests.Pipeline;

/// <summary>
/// A transport that records every request and answers with the scripted responses in order, without any network.
/// Requests are created by Azure.Core's own HttpClientTransport so headers behave exactly as in production.
/// </summary>
internal sealed class ScriptedTransport(params ScriptedResponse[] responses) : HttpPipelineTransport
{
    private readonly HttpClientTransport _requestFactory = new();
    private readonly Queue<ScriptedResponse> _responses = new(responses);

    public List<CapturedRequest> Requests { get; } = [];

    public override Request CreateRequest() => _requestFactory.CreateRequest();

    public override void Process(HttpMessage message) => Answer(message);

    public override ValueTask ProcessAsync(HttpMessage message)
    {
        Answer(message);
        return ValueTask.CompletedTask;
    }

    private void Answer(HttpMessage message)
    {
        Requests.Add(CapturedRequest.From(message.Request));
        message.Response = _responses.Count > 0
            ? _responses.Dequeue()
            : throw new InvalidOperationException($"No scripted response left for request {Requests.Count}.");
    }
}

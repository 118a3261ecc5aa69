using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MatTran.AzureStorage.Pipeline;

/// <summary>
/// What the clients of one account and service share: the pipeline, the account name and how they authenticate.
/// Service, container/queue and blob clients made from each other hand the same context on.
/// </summary>
internal abstract class StorageClientContext(HttpPipeline pipeline, string accountName, StorageAuthentication authentication)
{
    public HttpPipeline Pipeline { get; } = pipeline;

    public string AccountName { get; } = accountName;

    public StorageAuthentication Authentication { get; } = authentication;

    public HttpMessage CreateMessage(RequestMethod method, Uri uri)
    {
        var message = Pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(uri);
        return message;
    }

    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return message.Response;
    }

    /// <summary>
    /// Get Service Properties (<c>?restype=service&amp;comp=properties</c>): a signed, read-only call used as a
    /// reachability probe. The official SDKs parse the body; we return the raw response.
    /// </summary>
    public async Task<Response> GetServicePropertiesAsync(Uri serviceUri, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Get, serviceUri);
        message.Request.Uri.AppendQuery("restype", "service");
        message.Request.Uri.AppendQuery("comp", "properties");
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status == 200 ? response : throw new RequestFailedException(response);
    }
}

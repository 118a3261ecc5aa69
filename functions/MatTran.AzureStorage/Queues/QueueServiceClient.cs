using Azure;
using Azure.Core;
using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Queues;

/// <summary>The Queue service of one storage account (stands in for Azure.Storage.Queues.QueueServiceClient).</summary>
public sealed class QueueServiceClient
{
    private readonly QueueClientContext _context;

    public QueueServiceClient(string connectionString, QueueClientOptions? options = null)
    {
        (_context, Uri) = QueueClientContext.FromConnectionString(connectionString, options);
    }

    public QueueServiceClient(Uri serviceUri, StorageSharedKeyCredential credential, QueueClientOptions? options = null)
        : this(serviceUri, QueueClientContext.Create(StorageAuthentication.FromSharedKey(credential), credential.AccountName, options))
    {
    }

    public QueueServiceClient(Uri serviceUri, TokenCredential credential, QueueClientOptions? options = null)
        : this(serviceUri, QueueClientContext.Create(
            StorageAuthentication.FromToken(credential), StorageConnectionString.AccountNameFromEndpoint(serviceUri), options))
    {
    }

    private QueueServiceClient(Uri serviceUri, QueueClientContext context)
    {
        ArgumentNullException.ThrowIfNull(serviceUri);
        Uri = serviceUri;
        _context = context;
    }

    public Uri Uri { get; }

    public string AccountName => _context.AccountName;

    public QueueClient GetQueueClient(string queueName) => new(QueueClient.ChildUri(Uri, queueName), queueName, _context);

    /// <summary>
    /// Get Queue Service Properties. The official SDK parses the result into QueueServiceProperties; we only use the
    /// call as a signed, read-only reachability probe, so the raw response is returned.
    /// </summary>
    public Task<Response> GetPropertiesAsync(CancellationToken cancellationToken = default) =>
        _context.GetServicePropertiesAsync(Uri, cancellationToken);
}

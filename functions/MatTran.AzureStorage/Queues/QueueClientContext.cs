using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Queues;

/// <summary>What the Queue clients of one account share: pipeline, account name and the message encoding.</summary>
internal sealed class QueueClientContext
{
    private QueueClientContext(HttpPipeline pipeline, string accountName, QueueMessageEncoding encoding)
    {
        Pipeline = pipeline;
        AccountName = accountName;
        MessageEncoding = encoding;
    }

    public HttpPipeline Pipeline { get; }

    public string AccountName { get; }

    public QueueMessageEncoding MessageEncoding { get; }

    public static QueueClientContext Create(StorageAuthentication authentication, string accountName, QueueClientOptions? options)
    {
        options ??= new QueueClientOptions();
        var pipeline = StoragePipeline.Build(options, StorageService.Queue, QueueClientOptions.DefaultServiceVersion, authentication);
        return new QueueClientContext(pipeline, accountName, options.MessageEncoding);
    }

    public static (QueueClientContext Context, Uri ServiceUri) FromConnectionString(string connectionString, QueueClientOptions? options)
    {
        var connection = StorageConnectionString.Parse(connectionString);
        var context = Create(StorageAuthentication.FromConnectionString(connection), connection.AccountName, options);
        return (context, connection.QueueEndpoint);
    }

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
}

using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Queues;

/// <summary>The shared state of one account's Queue clients, plus the message encoding they all apply.</summary>
internal sealed class QueueClientContext(
    Azure.Core.Pipeline.HttpPipeline pipeline, string accountName, StorageAuthentication authentication, QueueMessageEncoding encoding)
    : StorageClientContext(pipeline, accountName, authentication)
{
    public QueueMessageEncoding MessageEncoding { get; } = encoding;

    public static QueueClientContext Create(StorageAuthentication authentication, string accountName, QueueClientOptions? options)
    {
        options ??= new QueueClientOptions();
        var pipeline = StoragePipeline.Build(options, StorageService.Queue, QueueClientOptions.DefaultServiceVersion, authentication);
        return new QueueClientContext(pipeline, accountName, authentication, options.MessageEncoding);
    }

    public static (QueueClientContext Context, Uri ServiceUri) FromConnectionString(string connectionString, QueueClientOptions? options)
    {
        var connection = StorageConnectionString.Parse(connectionString);
        var context = Create(StorageAuthentication.FromConnectionString(connection), connection.AccountName, options);
        return (context, connection.QueueEndpoint);
    }
}

using Azure.Core;
using MatTran.AzureStorage;
using MatTran.AzureStorage.Blobs;
using MatTran.AzureStorage.Queues;
using MatTran.AzureStorage.Tables;
using MatTran.Api.Hosting;

namespace MatTran.Api.Storage;

/// <summary>
/// The app's three storage service clients, built once from configuration: a connection string (Azurite, or keys),
/// or an account name reached with a <see cref="TokenCredential"/> (managed identity in Azure, no keys).
/// </summary>
public sealed class StorageAccountClients
{
    private StorageAccountClients(TableServiceClient tables, BlobServiceClient blobs, QueueServiceClient queues)
    {
        Tables = tables;
        Blobs = blobs;
        Queues = queues;
    }

    public TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    public QueueServiceClient Queues { get; }

    public static StorageAccountClients FromConnectionString(string connectionString) =>
        new(new TableServiceClient(connectionString), new BlobServiceClient(connectionString), new QueueServiceClient(connectionString));

    public static StorageAccountClients FromAccountName(string accountName, TokenCredential credential)
    {
        return new(
            new TableServiceClient(StorageConfiguration.ServiceUri(accountName, "table"), credential),
            new BlobServiceClient(StorageConfiguration.ServiceUri(accountName, "blob"), credential),
            new QueueServiceClient(StorageConfiguration.ServiceUri(accountName, "queue"), credential));
    }
}

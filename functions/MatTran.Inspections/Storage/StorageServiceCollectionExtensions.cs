using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MatTran.Inspections.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the app's storage account (<see cref="StorageAccount.FromConfiguration"/>) and its Table, Blob and Queue
    /// service clients (Azure.Data.Tables, Azure.Storage.Blobs, Azure.Storage.Queues) with <c>AddAzureClients</c>: from
    /// the connection string (Azurite locally), or from the account's service URIs with its one credential (managed
    /// identity in Azure). The read model, documents and email archive take these clients and name their own tables and
    /// containers; the Queue client is only the health probe's. Missing configuration fails here, naming the keys.
    /// </summary>
    public static IServiceCollection AddMatTranStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var account = StorageAccount.FromConfiguration(configuration);
        services.TryAddSingleton(account);
        services.AddAzureClients(clients =>
        {
            if (account.ConnectionString is { } connectionString)
            {
                clients.AddTableServiceClient(connectionString);
                clients.AddBlobServiceClient(connectionString);
                clients.AddQueueServiceClient(connectionString);
            }
            else
            {
                clients.AddTableServiceClient(account.ServiceUri("table"));
                clients.AddBlobServiceClient(account.ServiceUri("blob"));
                clients.AddQueueServiceClient(account.ServiceUri("queue"));
                clients.UseCredential(account.Credential!);
            }

            clients.ConfigureDefaults(StorageRetry.Configure);
        });
        return services;
    }
}

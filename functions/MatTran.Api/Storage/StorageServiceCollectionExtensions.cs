using Azure.Identity;
using MatTran.Api.Hosting;

namespace MatTran.Api.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="StorageAccountClients"/>: <c>Storage:ConnectionString</c>, else <c>AzureWebJobsStorage</c>,
    /// else <c>Storage:AccountName</c> with <see cref="DefaultAzureCredential"/>; and its Table and Blob service clients. Missing configuration fails at start-up
    /// with a message naming the keys, never with the values.
    /// </summary>
    public static IServiceCollection AddStorageAccount(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ =>
        {
            if (StorageConfiguration.ConnectionString(configuration) is { } connectionString)
            {
                return StorageAccountClients.FromConnectionString(connectionString);
            }

            if (StorageConfiguration.AccountName(configuration) is { } accountName)
            {
                return StorageAccountClients.FromAccountName(accountName, new DefaultAzureCredential());
            }

            throw new InvalidOperationException(
                $"Storage is not configured: set '{StorageConfiguration.ConnectionStringKey}', " +
                $"'{StorageConfiguration.FunctionsStorageKey}' or '{StorageConfiguration.AccountNameKey}'.");
        });
        // The workflow services and the API take the service clients themselves (they name their own tables/containers).
        services.AddSingleton(provider => provider.GetRequiredService<StorageAccountClients>().Tables);
        services.AddSingleton(provider => provider.GetRequiredService<StorageAccountClients>().Blobs);
        return services;
    }
}

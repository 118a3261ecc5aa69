using MatTran.AzureStorage.Blobs;

namespace MatTran.AzureStorage.Tests.Blobs;

/// <summary>A fresh container on the shared Azurite for one test.</summary>
internal static class BlobTestContainer
{
    public static async Task<BlobContainerClient> CreateAsync(CancellationToken cancellationToken, BlobClientOptions? options = null)
    {
        var service = new BlobServiceClient(Emulators.Servers.StorageConnectionString, options);
        var container = service.GetBlobContainerClient(Emulators.UniqueName("c"));
        await container.CreateIfNotExistsAsync(cancellationToken);
        return container;
    }
}

using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Blobs;

/// <summary>
/// The shared state of one account's Blob clients; keeps the shared key at hand because service SAS URLs are signed
/// with it.
/// </summary>
internal sealed class BlobClientContext(Azure.Core.Pipeline.HttpPipeline pipeline, string accountName, StorageAuthentication authentication)
    : StorageClientContext(pipeline, accountName, authentication)
{
    public StorageSharedKeyCredential? SharedKey => Authentication.SharedKey;

    public static BlobClientContext Create(StorageAuthentication authentication, string accountName, BlobClientOptions? options) =>
        new(
            StoragePipeline.Build(
                options ?? new BlobClientOptions(), StorageService.Blob, BlobClientOptions.DefaultServiceVersion, authentication),
            accountName,
            authentication);

    public static (BlobClientContext Context, Uri ServiceUri) FromConnectionString(string connectionString, BlobClientOptions? options)
    {
        var connection = StorageConnectionString.Parse(connectionString);
        var context = Create(StorageAuthentication.FromConnectionString(connection), connection.AccountName, options);
        return (context, connection.BlobEndpoint);
    }
}

using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Blobs;

/// <summary>
/// What every Blob client of one account shares: the pipeline, the account name and, when the client holds one,
/// the shared key (needed to sign service SAS URLs). Service, container and blob clients made from each other share it.
/// </summary>
internal sealed class BlobClientContext
{
    private BlobClientContext(HttpPipeline pipeline, string accountName, StorageAuthentication authentication)
    {
        Pipeline = pipeline;
        AccountName = accountName;
        Authentication = authentication;
    }

    public HttpPipeline Pipeline { get; }

    public string AccountName { get; }

    public StorageAuthentication Authentication { get; }

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

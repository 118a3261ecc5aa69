using Azure;
using Azure.Core;
using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Blobs;

/// <summary>
/// The Blob service of one storage account (stands in for Azure.Storage.Blobs.BlobServiceClient).
/// Thread-safe; keep one for the process lifetime.
/// </summary>
public sealed class BlobServiceClient
{
    private readonly BlobClientContext _context;

    public BlobServiceClient(string connectionString, BlobClientOptions? options = null)
    {
        (_context, Uri) = BlobClientContext.FromConnectionString(connectionString, options);
    }

    public BlobServiceClient(Uri serviceUri, StorageSharedKeyCredential credential, BlobClientOptions? options = null)
        : this(serviceUri, BlobClientContext.Create(StorageAuthentication.FromSharedKey(credential), credential.AccountName, options))
    {
    }

    public BlobServiceClient(Uri serviceUri, TokenCredential credential, BlobClientOptions? options = null)
        : this(serviceUri, BlobClientContext.Create(
            StorageAuthentication.FromToken(credential), StorageConnectionString.AccountNameFromEndpoint(serviceUri), options))
    {
    }

    private BlobServiceClient(Uri serviceUri, BlobClientContext context)
    {
        ArgumentNullException.ThrowIfNull(serviceUri);
        Uri = serviceUri;
        _context = context;
    }

    public Uri Uri { get; }

    public string AccountName => _context.AccountName;

    public BlobContainerClient GetBlobContainerClient(string blobContainerName) =>
        new(BlobUris.Child(Uri, blobContainerName, keepSlashes: false), blobContainerName, _context);

    /// <summary>
    /// Get User Delegation Key: a key for signing user delegation SAS URLs, issued to the Entra ID principal of
    /// this client. Only a client built with a <see cref="TokenCredential"/> can ask for one.
    /// </summary>
    public async Task<Response<UserDelegationKey>> GetUserDelegationKeyAsync(
        DateTimeOffset? startsOn, DateTimeOffset expiresOn, CancellationToken cancellationToken = default)
    {
        if (_context.Authentication.Token is null)
        {
            throw new InvalidOperationException(
                "Get User Delegation Key needs an Entra ID identity: build the BlobServiceClient with a TokenCredential.");
        }

        using var message = _context.CreateMessage(RequestMethod.Post, Uri);
        message.Request.Uri.AppendQuery("restype", "service");
        message.Request.Uri.AppendQuery("comp", "userdelegationkey");
        message.Request.Headers.Add("Content-Type", "application/xml");
        message.Request.Content = RequestContent.Create(
            UserDelegationKeyXml.KeyInfo(startsOn ?? _context.Authentication.TimeProvider.GetUtcNow(), expiresOn));
        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            throw new RequestFailedException(response);
        }

        return Response.FromValue(UserDelegationKeyXml.Parse(response.Content), response);
    }

    /// <summary>
    /// Get Blob Service Properties. The official SDK parses the result into BlobServiceProperties; we only use the
    /// call as a signed, read-only reachability probe, so the raw response is returned.
    /// </summary>
    public Task<Response> GetPropertiesAsync(CancellationToken cancellationToken = default) =>
        _context.GetServicePropertiesAsync(Uri, cancellationToken);
}

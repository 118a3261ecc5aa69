using Azure;
using Azure.Core;
using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Blobs;

/// <summary>One blob container (stands in for Azure.Storage.Blobs.BlobContainerClient). Thread-safe.</summary>
public sealed class BlobContainerClient
{
    private readonly BlobClientContext _context;

    public BlobContainerClient(string connectionString, string blobContainerName, BlobClientOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobContainerName);
        (_context, var serviceUri) = BlobClientContext.FromConnectionString(connectionString, options);
        Name = blobContainerName;
        Uri = BlobUris.Child(serviceUri, blobContainerName, keepSlashes: false);
    }

    public BlobContainerClient(Uri blobContainerUri, StorageSharedKeyCredential credential, BlobClientOptions? options = null)
        : this(blobContainerUri, BlobUris.LastSegment(blobContainerUri),
            BlobClientContext.Create(StorageAuthentication.FromSharedKey(credential), credential.AccountName, options))
    {
    }

    public BlobContainerClient(Uri blobContainerUri, TokenCredential credential, BlobClientOptions? options = null)
        : this(blobContainerUri, BlobUris.LastSegment(blobContainerUri),
            BlobClientContext.Create(
                StorageAuthentication.FromToken(credential),
                StorageConnectionString.AccountNameFromEndpoint(blobContainerUri),
                options))
    {
    }

    internal BlobContainerClient(Uri uri, string name, BlobClientContext context)
    {
        Uri = uri;
        Name = name;
        _context = context;
    }

    public string Name { get; }

    public Uri Uri { get; }

    public string AccountName => _context.AccountName;

    public BlobClient GetBlobClient(string blobName) =>
        new(BlobUris.Child(Uri, blobName, keepSlashes: true), Name, blobName, _context);

    /// <summary>Creates the container; returns null (inside the response) when it already existed.</summary>
    public async Task<Response<BlobContainerInfo?>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = ContainerMessage(RequestMethod.Put);
        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            201 => Response.FromValue<BlobContainerInfo?>(
                new BlobContainerInfo(BlobResponseHeaders.ETag(response), BlobResponseHeaders.LastModified(response)), response),
            409 when ErrorCode(response) == StorageErrorCodes.ContainerAlreadyExists =>
                Response.FromValue<BlobContainerInfo?>(null, response),
            _ => throw new RequestFailedException(response),
        };
    }

    /// <summary>Deletes the container and everything in it; false when there was none.</summary>
    public async Task<Response<bool>> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = ContainerMessage(RequestMethod.Delete);
        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            202 => Response.FromValue(true, response),
            404 => Response.FromValue(false, response),
            _ => throw new RequestFailedException(response),
        };
    }

    /// <summary>
    /// Lists the blobs whose names start with <paramref name="prefix"/>, with properties and metadata, following
    /// <c>NextMarker</c> until the end. <c>AsPages(pageSizeHint: n)</c> asks for n blobs per request.
    /// </summary>
    public AsyncPageable<BlobItem> GetBlobsAsync(string? prefix = null, CancellationToken cancellationToken = default) =>
        new BlobListingPageable((marker, pageSize, ct) => ListPageAsync(prefix, marker, pageSize, ct), cancellationToken);

    /// <summary>Uploads a new blob; fails with 409 BlobAlreadyExists when the name is taken (like the SDK).</summary>
    public Task<Response<BlobContentInfo>> UploadBlobAsync(string blobName, BinaryData content, CancellationToken cancellationToken = default) =>
        GetBlobClient(blobName).UploadAsync(content, overwrite: false, cancellationToken);

    /// <inheritdoc cref="UploadBlobAsync(string, BinaryData, CancellationToken)"/>
    public Task<Response<BlobContentInfo>> UploadBlobAsync(string blobName, Stream content, CancellationToken cancellationToken = default) =>
        GetBlobClient(blobName).UploadAsync(content, overwrite: false, cancellationToken);

    private async Task<Page<BlobItem>> ListPageAsync(string? prefix, string? marker, int? pageSize, CancellationToken cancellationToken)
    {
        using var message = ContainerMessage(RequestMethod.Get);
        message.Request.Uri.AppendQuery("comp", "list");
        message.Request.Uri.AppendQuery("include", "metadata");
        if (!string.IsNullOrEmpty(prefix))
        {
            message.Request.Uri.AppendQuery("prefix", prefix);
        }

        if (!string.IsNullOrEmpty(marker))
        {
            message.Request.Uri.AppendQuery("marker", marker);
        }

        if (pageSize is > 0)
        {
            message.Request.Uri.AppendQuery("maxresults", pageSize.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            throw new RequestFailedException(response);
        }

        var (items, nextMarker) = BlobListXml.Parse(response.Content);
        return Page<BlobItem>.FromValues(items, nextMarker, response);
    }

    private HttpMessage ContainerMessage(RequestMethod method)
    {
        var message = _context.CreateMessage(method, Uri);
        message.Request.Uri.AppendQuery("restype", "container");
        return message;
    }

    private static string? ErrorCode(Response response) =>
        response.Headers.TryGetValue("x-ms-error-code", out var code) ? code : null;
}

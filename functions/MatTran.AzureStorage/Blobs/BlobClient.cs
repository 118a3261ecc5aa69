using Azure;
using Azure.Core;

namespace MatTran.AzureStorage.Blobs;

/// <summary>One block blob (stands in for Azure.Storage.Blobs.BlobClient). Get it from <see cref="BlobContainerClient.GetBlobClient"/>.</summary>
public sealed class BlobClient
{
    private readonly BlobClientContext _context;

    internal BlobClient(Uri uri, string containerName, string name, BlobClientContext context)
    {
        Uri = uri;
        BlobContainerName = containerName;
        Name = name;
        _context = context;
    }

    public string Name { get; }

    public string BlobContainerName { get; }

    public Uri Uri { get; }

    public string AccountName => _context.AccountName;

    /// <summary>True when the client holds the account key and so can sign <see cref="GenerateSasUri"/>.</summary>
    public bool CanGenerateSasUri => _context.SharedKey is not null;

    /// <summary>Uploads without overwriting: an existing blob makes it fail with 409 BlobAlreadyExists.</summary>
    public Task<Response<BlobContentInfo>> UploadAsync(BinaryData content, CancellationToken cancellationToken = default) =>
        UploadAsync(content, overwrite: false, cancellationToken);

    public Task<Response<BlobContentInfo>> UploadAsync(BinaryData content, bool overwrite, CancellationToken cancellationToken = default) =>
        UploadAsync(content, OverwriteOptions(overwrite), cancellationToken);

    public Task<Response<BlobContentInfo>> UploadAsync(BinaryData content, BlobUploadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return UploadAsync(content.ToStream(), options, cancellationToken);
    }

    /// <summary>Uploads without overwriting: an existing blob makes it fail with 409 BlobAlreadyExists.</summary>
    public Task<Response<BlobContentInfo>> UploadAsync(Stream content, CancellationToken cancellationToken = default) =>
        UploadAsync(content, overwrite: false, cancellationToken);

    public Task<Response<BlobContentInfo>> UploadAsync(Stream content, bool overwrite, CancellationToken cancellationToken = default) =>
        UploadAsync(content, OverwriteOptions(overwrite), cancellationToken);

    /// <summary>
    /// Uploads with content type, metadata and conditions. Content over 8 MiB is staged in 4 MiB blocks and committed
    /// with one Put Block List carrying the same conditions. <c>Conditions.IfNoneMatch = ETag.All</c> makes it create-only.
    /// </summary>
    public async Task<Response<BlobContentInfo>> UploadAsync(
        Stream content, BlobUploadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            var response = await new BlockBlobUploader(_context, Uri).UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
            return Response.FromValue(BlobResponseHeaders.ContentInfo(response), response);
        }
        catch (RequestFailedException e) when (IsCreateOnlyConflict(e, options))
        {
            throw new RequestFailedException(
                e.Status,
                $"Blob '{Name}' already exists in container '{BlobContainerName}'; the upload was create-only (If-None-Match: *) and did not overwrite it.",
                StorageErrorCodes.BlobAlreadyExists,
                e);
        }
    }

    /// <summary>Downloads the blob as a network stream with its properties; dispose the result.</summary>
    public async Task<Response<BlobDownloadStreamingResult>> DownloadStreamingAsync(CancellationToken cancellationToken = default)
    {
        using var message = _context.CreateMessage(RequestMethod.Get, Uri);
        message.BufferResponse = false;
        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            throw new RequestFailedException(response);
        }

        var details = BlobResponseHeaders.DownloadDetails(response);
        var stream = message.ExtractResponseContent() ?? new MemoryStream([], writable: false);
        return Response.FromValue(new BlobDownloadStreamingResult(stream, details), response);
    }

    /// <summary>Downloads the whole blob into memory.</summary>
    public async Task<Response<BlobDownloadResult>> DownloadContentAsync(CancellationToken cancellationToken = default)
    {
        using var message = _context.CreateMessage(RequestMethod.Get, Uri);
        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            throw new RequestFailedException(response);
        }

        return Response.FromValue(new BlobDownloadResult(response.Content, BlobResponseHeaders.DownloadDetails(response)), response);
    }

    public async Task<Response<BlobProperties>> GetPropertiesAsync(CancellationToken cancellationToken = default)
    {
        using var message = _context.CreateMessage(RequestMethod.Head, Uri);
        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            throw new RequestFailedException(response);
        }

        return Response.FromValue(BlobResponseHeaders.Properties(response), response);
    }

    public async Task<Response<bool>> ExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _context.CreateMessage(RequestMethod.Head, Uri);
        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            200 => Response.FromValue(true, response),
            404 => Response.FromValue(false, response),
            _ => throw new RequestFailedException(response),
        };
    }

    /// <summary>Deletes the blob (and its snapshots); false when there was none.</summary>
    public async Task<Response<bool>> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _context.CreateMessage(RequestMethod.Delete, Uri);
        message.Request.Headers.Add("x-ms-delete-snapshots", "include");
        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            202 => Response.FromValue(true, response),
            404 => Response.FromValue(false, response),
            _ => throw new RequestFailedException(response),
        };
    }

    /// <summary>A service SAS URI for this blob, signed with the account key this client holds.</summary>
    public Uri GenerateSasUri(BlobSasPermissions permissions, DateTimeOffset expiresOn)
    {
        var key = _context.SharedKey ?? throw new InvalidOperationException(
            "This BlobClient has no account key, so it cannot sign a service SAS. Build it from a connection string with " +
            "AccountKey or a StorageSharedKeyCredential, or sign a user delegation SAS with BlobSasBuilder and " +
            "BlobServiceClient.GetUserDelegationKeyAsync.");
        var builder = new BlobSasBuilder(permissions, expiresOn) { BlobContainerName = BlobContainerName, BlobName = Name, Resource = "b" };
        return new UriBuilder(Uri) { Query = builder.ToSasQueryParameters(key).ToString() }.Uri;
    }

    private static BlobUploadOptions OverwriteOptions(bool overwrite) =>
        new() { Conditions = overwrite ? null : new BlobRequestConditions { IfNoneMatch = ETag.All } };

    private static bool IsCreateOnlyConflict(RequestFailedException e, BlobUploadOptions options) =>
        options.Conditions?.IfNoneMatch == ETag.All && e.ErrorCode == StorageErrorCodes.BlobAlreadyExists;
}

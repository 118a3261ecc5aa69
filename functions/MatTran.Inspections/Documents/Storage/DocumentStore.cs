using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MatTran.Inspections.Uploads;

namespace MatTran.Inspections.Documents.Storage;

/// <summary>
/// Keeps every version of every inspection document in the <c>documents</c> container at
/// <c>{planId}/{inspectionId}/{kind}/{version}-{fileName}</c>, with kind, version, uploader, SHA-256 and content type
/// as metadata (values written through <see cref="BlobMetadataEncoding"/>, since names are Vietnamese). Nothing is ever
/// overwritten: all writes are create-only (If-None-Match: *).
/// <para>
/// Because the file name is part of the path, two concurrent uploads with different names would not collide on the
/// document blob itself. Versions are therefore claimed first, by a create-only empty blob at
/// <c>.versions/{planId}/{inspectionId}/{kind}/{version:D6}</c>: whoever creates it owns that version; the loser gets
/// 409 and claims the next one.
/// </para>
/// </summary>
public sealed class DocumentStore(BlobContainerClient container)
{
    public const string DefaultContainerName = "documents";

    /// <summary>Enough for any realistic burst of uploads to one inspection and kind.</summary>
    public const int MaxAttempts = 100;

    private const string ClaimsRoot = ".versions";

    private int _containerReady;

    /// <summary>Stores the upload as the next version of its kind and returns where and what was stored.</summary>
    public async Task<StoredDocument> SaveAsync(DocumentUpload upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        CheckSegment(upload.PlanId, nameof(upload.PlanId));
        CheckSegment(upload.InspectionId, nameof(upload.InspectionId));
        ArgumentException.ThrowIfNullOrWhiteSpace(upload.ContentType);
        ArgumentException.ThrowIfNullOrWhiteSpace(upload.Uploader);
        string fileName = FileNameSanitizer.Sanitize(upload.FileName);
        if (fileName.Length == 0)
        {
            throw new ArgumentException($"File name '{upload.FileName}' has nothing left after sanitising.", nameof(upload));
        }

        string sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Content.ToMemory().Span));
        string? requestKey = upload.IdempotencyKey is null
            ? null
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(upload.IdempotencyKey)));
        string claimsPrefix = ClaimsPrefix(upload.PlanId, upload.InspectionId, upload.Kind);
        await EnsureContainerAsync(cancellationToken);

        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var claims = await ListClaimsAsync(claimsPrefix, cancellationToken);
            if (requestKey is not null && claims.FirstOrDefault(c => c.RequestKey == requestKey) is { } earlier)
            {
                // A redelivered step: finish (or just return) the version it claimed before.
                return await WriteVersionAsync(upload, earlier.Version, earlier.FileName, sha256, cancellationToken);
            }

            int version = claims.Count == 0 ? 1 : claims.Max(c => c.Version) + 1;
            var claimMetadata = new Dictionary<string, string>
            {
                [DocumentMetadataKeys.FileName] = fileName,
                [DocumentMetadataKeys.Uploader] = upload.Uploader,
            };
            if (requestKey is not null)
            {
                claimMetadata[DocumentMetadataKeys.RequestKey] = requestKey;
            }

            try
            {
                await container.GetBlobClient(claimsPrefix + version.ToString("D6", CultureInfo.InvariantCulture)).UploadAsync(
                    BinaryData.Empty, CreateOnly(claimMetadata, contentType: null), cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                continue;
            }

            return await WriteVersionAsync(upload, version, fileName, sha256, cancellationToken);
        }

        throw new InvalidOperationException(
            $"Could not claim a version for {upload.Kind} of inspection '{upload.InspectionId}' after {MaxAttempts} attempts.");
    }

    /// <summary>Every stored version for an inspection (optionally one kind), by kind then version.</summary>
    public async Task<IReadOnlyList<StoredDocument>> ListAsync(
        string planId, string inspectionId, DocumentKind? kind = null, CancellationToken cancellationToken = default)
    {
        CheckSegment(planId, nameof(planId));
        CheckSegment(inspectionId, nameof(inspectionId));
        await EnsureContainerAsync(cancellationToken);
        string prefix = kind is { } k ? DocumentPrefix(planId, inspectionId, k) : $"{planId}/{inspectionId}/";
        var documents = new List<StoredDocument>();
        await foreach (var item in ListBlobsAsync(prefix, cancellationToken))
        {
            documents.Add(Describe(item.Name, item.Metadata, item.Properties.ContentLength ?? 0));
        }

        return documents.OrderBy(d => d.Kind).ThenBy(d => d.Version).ToList();
    }

    /// <summary>Downloads a stored version and checks its bytes against the recorded SHA-256.</summary>
    public async Task<DocumentContent> DownloadAsync(string blobName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var result = (await container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken)).Value;
        var document = Describe(blobName, result.Details.Metadata, result.Details.ContentLength);
        string actual = Convert.ToHexStringLower(SHA256.HashData(result.Content.ToMemory().Span));
        if (!string.Equals(actual, document.Sha256, StringComparison.Ordinal))
        {
            throw new DocumentIntegrityException(blobName, document.Sha256, actual);
        }

        return new DocumentContent(document, result.Content);
    }

    public static string DocumentPrefix(string planId, string inspectionId, DocumentKind kind) =>
        $"{planId}/{inspectionId}/{DocumentKindPaths.Segment(kind)}/";

    private async Task<StoredDocument> WriteVersionAsync(
        DocumentUpload upload, int version, string fileName, string sha256, CancellationToken cancellationToken)
    {
        string blobName = DocumentPrefix(upload.PlanId, upload.InspectionId, upload.Kind)
            + version.ToString(CultureInfo.InvariantCulture) + "-" + fileName;
        var metadata = new Dictionary<string, string>
        {
            [DocumentMetadataKeys.Kind] = DocumentKindPaths.Segment(upload.Kind),
            [DocumentMetadataKeys.Version] = version.ToString(CultureInfo.InvariantCulture),
            [DocumentMetadataKeys.Uploader] = upload.Uploader,
            [DocumentMetadataKeys.Sha256] = sha256,
            [DocumentMetadataKeys.ContentType] = upload.ContentType,
            [DocumentMetadataKeys.FileName] = fileName,
        };
        var blob = container.GetBlobClient(blobName);
        try
        {
            await blob.UploadAsync(upload.Content, CreateOnly(metadata, upload.ContentType), cancellationToken);
            return new StoredDocument(blobName, upload.PlanId, upload.InspectionId, upload.Kind, version, fileName,
                upload.ContentType, sha256, upload.Uploader, upload.Content.ToMemory().Length);
        }
        catch (RequestFailedException e) when (e.Status == 409 && upload.IdempotencyKey is not null)
        {
            // The earlier delivery of this step stored it already; what is stored stays the record.
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            return Describe(blobName, properties.Metadata, properties.ContentLength);
        }
    }

    private async Task<List<VersionClaim>> ListClaimsAsync(string claimsPrefix, CancellationToken cancellationToken)
    {
        var claims = new List<VersionClaim>();
        await foreach (var item in ListBlobsAsync(claimsPrefix, cancellationToken))
        {
            if (int.TryParse(item.Name.AsSpan(claimsPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int version))
            {
                var metadata = BlobMetadataEncoding.Decode(item.Metadata);
                claims.Add(new VersionClaim(
                    version,
                    metadata.TryGetValue(DocumentMetadataKeys.FileName, out var name) ? name : string.Empty,
                    metadata.TryGetValue(DocumentMetadataKeys.RequestKey, out var key) ? key : null));
            }
        }

        return claims;
    }

    /// <summary>A flat listing under <paramref name="prefix"/> with each blob's metadata (still encoded).</summary>
    private IAsyncEnumerable<BlobItem> ListBlobsAsync(string prefix, CancellationToken cancellationToken) =>
        container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = prefix }, cancellationToken);

    /// <param name="storedMetadata">Metadata as the service returned it; decoded here, on every read path.</param>
    private static StoredDocument Describe(string blobName, IDictionary<string, string> storedMetadata, long length)
    {
        var metadata = BlobMetadataEncoding.Decode(storedMetadata);
        string[] parts = blobName.Split('/', 4);
        if (parts.Length != 4 || !DocumentKindPaths.TryParse(parts[2], out var kind))
        {
            throw new InvalidDataException($"'{blobName}' is not a document path {{planId}}/{{inspectionId}}/{{kind}}/{{version}}-{{fileName}}.");
        }

        string Read(string key) => metadata.TryGetValue(key, out var value)
            ? value
            : throw new InvalidDataException($"Document '{blobName}' has no '{key}' metadata.");

        return new StoredDocument(blobName, parts[0], parts[1], kind,
            int.Parse(Read(DocumentMetadataKeys.Version), NumberStyles.None, CultureInfo.InvariantCulture),
            Read(DocumentMetadataKeys.FileName), Read(DocumentMetadataKeys.ContentType), Read(DocumentMetadataKeys.Sha256),
            Read(DocumentMetadataKeys.Uploader), length);
    }

    private static BlobUploadOptions CreateOnly(IDictionary<string, string> metadata, string? contentType) => new()
    {
        Metadata = BlobMetadataEncoding.Encode(metadata),
        Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        HttpHeaders = contentType is null ? null : new BlobHttpHeaders { ContentType = contentType },
    };

    private static string ClaimsPrefix(string planId, string inspectionId, DocumentKind kind) =>
        ClaimsRoot + "/" + DocumentPrefix(planId, inspectionId, kind);

    /// <summary>Ids become path segments: no separators, no dot names (which would also reach the claims area).</summary>
    private static void CheckSegment(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        if (value.StartsWith('.') || value.AsSpan().IndexOfAny("/\\") >= 0 || value.Any(char.IsControl))
        {
            throw new ArgumentException($"'{value}' cannot be a path segment.", name);
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _containerReady) == 0)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            Volatile.Write(ref _containerReady, 1);
        }
    }

    private sealed record VersionClaim(int Version, string FileName, string? RequestKey);
}

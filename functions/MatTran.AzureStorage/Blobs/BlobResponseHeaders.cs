using System.Globalization;
using Azure;

namespace MatTran.AzureStorage.Blobs;

/// <summary>Reads the blob properties the service returns as response headers (Get Blob, Get Blob Properties, Put Blob).</summary>
internal static class BlobResponseHeaders
{
    public static BlobProperties Properties(Response response) =>
        new(ContentType(response), ContentLength(response), ETag(response), LastModified(response),
            BlobMetadataEncoding.FromHeaders(response));

    public static BlobDownloadDetails DownloadDetails(Response response) =>
        new(ContentType(response), ContentLength(response), ETag(response), LastModified(response),
            BlobMetadataEncoding.FromHeaders(response));

    public static BlobContentInfo ContentInfo(Response response) => new(ETag(response), LastModified(response));

    public static ETag ETag(Response response) => response.Headers.ETag ?? default;

    public static DateTimeOffset LastModified(Response response) =>
        response.Headers.TryGetValue("Last-Modified", out var value) ? ParseHttpDate(value) : default;

    public static DateTimeOffset ParseHttpDate(string value) =>
        DateTimeOffset.ParseExact(value, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string? ContentType(Response response) =>
        response.Headers.TryGetValue("Content-Type", out var value) ? value : null;

    private static long ContentLength(Response response) => response.Headers.ContentLength ?? 0;
}

using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Azure;
using Azure.Core;

namespace MatTran.AzureStorage.Blobs;

/// <summary>
/// Uploads block blobs: content up to <see cref="SingleShotLimit"/> in one Put Blob; larger content as Put Block
/// calls of <see cref="BlockSize"/> committed by one Put Block List that carries the headers, metadata and conditions,
/// so the blob appears (or a create-only upload fails) atomically at commit. Each block is buffered in memory so a
/// retried request can resend it, which also makes non-seekable streams work.
/// </summary>
internal sealed class BlockBlobUploader(BlobClientContext context, Uri blobUri)
{
    public const int SingleShotLimit = 8 * 1024 * 1024;
    public const int BlockSize = 4 * 1024 * 1024;

    public async Task<Response> UploadAsync(Stream content, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        // Read one byte past the single-shot limit to learn whether the content fits in one Put Blob.
        var (first, firstLength) = await ReadPrefixAsync(content, SingleShotLimit + 1, cancellationToken).ConfigureAwait(false);
        if (firstLength <= SingleShotLimit)
        {
            return await PutBlobAsync(new ReadOnlyMemory<byte>(first, 0, firstLength), options, cancellationToken).ConfigureAwait(false);
        }

        var blockIds = new List<string>();
        int offset = 0;
        for (; firstLength - offset >= BlockSize; offset += BlockSize)
        {
            blockIds.Add(await PutBlockAsync(blockIds.Count, new ReadOnlyMemory<byte>(first, offset, BlockSize), cancellationToken)
                .ConfigureAwait(false));
        }

        // The prefix's tail is carried into the next block so every block but the last is full size.
        var block = new byte[BlockSize];
        int carried = firstLength - offset;
        Array.Copy(first, offset, block, 0, carried);
        int filled;
        do
        {
            filled = carried + await ReadFullyAsync(content, block, carried, cancellationToken).ConfigureAwait(false);
            carried = 0;
            if (filled > 0)
            {
                blockIds.Add(await PutBlockAsync(blockIds.Count, new ReadOnlyMemory<byte>(block, 0, filled), cancellationToken)
                    .ConfigureAwait(false));
            }
        }
        while (filled == BlockSize);

        return await PutBlockListAsync(blockIds, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Response> PutBlobAsync(ReadOnlyMemory<byte> content, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        using var message = context.CreateMessage(RequestMethod.Put, blobUri);
        message.Request.Headers.Add("x-ms-blob-type", "BlockBlob");
        AddCommitHeaders(message.Request, options);
        message.Request.Content = RequestContent.Create(content);
        return await SendExpectingAsync(message, 201, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> PutBlockAsync(int index, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        // Block IDs must all have the same length within a blob; a fixed-width counter guarantees it.
        string blockId = Convert.ToBase64String(
            Encoding.ASCII.GetBytes("block-" + index.ToString("D8", CultureInfo.InvariantCulture)));
        using var message = context.CreateMessage(RequestMethod.Put, blobUri);
        message.Request.Uri.AppendQuery("comp", "block");
        message.Request.Uri.AppendQuery("blockid", blockId);
        message.Request.Content = RequestContent.Create(content);
        await SendExpectingAsync(message, 201, cancellationToken).ConfigureAwait(false);
        return blockId;
    }

    private async Task<Response> PutBlockListAsync(List<string> blockIds, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        var blockList = new XElement("BlockList", blockIds.Select(id => new XElement("Latest", id)));
        using var message = context.CreateMessage(RequestMethod.Put, blobUri);
        message.Request.Uri.AppendQuery("comp", "blocklist");
        AddCommitHeaders(message.Request, options);
        message.Request.Content = RequestContent.Create(BinaryData.FromString(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + blockList.ToString(SaveOptions.DisableFormatting)));
        return await SendExpectingAsync(message, 201, cancellationToken).ConfigureAwait(false);
    }

    private static void AddCommitHeaders(Request request, BlobUploadOptions options)
    {
        if (options.HttpHeaders?.ContentType is { } contentType)
        {
            request.Headers.Add("x-ms-blob-content-type", contentType);
        }

        BlobMetadataEncoding.AddHeaders(request, options.Metadata);
        if (options.Conditions?.IfMatch is { } ifMatch)
        {
            request.Headers.Add("If-Match", ifMatch.ToString());
        }

        if (options.Conditions?.IfNoneMatch is { } ifNoneMatch)
        {
            request.Headers.Add("If-None-Match", ifNoneMatch.ToString());
        }
    }

    private async Task<Response> SendExpectingAsync(HttpMessage message, int status, CancellationToken cancellationToken)
    {
        var response = await context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status == status ? response : throw new RequestFailedException(response);
    }

    /// <summary>Up to <paramref name="limit"/> bytes from the start, in a buffer that grows only as far as the content does.</summary>
    private static async Task<(byte[] Buffer, int Length)> ReadPrefixAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var prefix = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (prefix.Length < limit &&
               (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - prefix.Length)), cancellationToken)
                   .ConfigureAwait(false)) > 0)
        {
            prefix.Write(chunk, 0, read);
        }

        return (prefix.GetBuffer(), (int)prefix.Length);
    }

    /// <summary>Fills <paramref name="buffer"/> from <paramref name="start"/>; returns the bytes read (fewer only at the end).</summary>
    private static async Task<int> ReadFullyAsync(Stream stream, byte[] buffer, int start, CancellationToken cancellationToken)
    {
        int total = 0;
        int read;
        while (start + total < buffer.Length &&
               (read = await stream.ReadAsync(buffer.AsMemory(start + total), cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        return total;
    }
}

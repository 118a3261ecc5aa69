using Azure;

namespace MatTran.AzureStorage.Blobs;

/// <summary>
/// Pages of a List Blobs call: each page is one request; its <c>NextMarker</c> is the continuation token of the next.
/// <c>pageSizeHint</c> becomes <c>maxresults</c>.
/// </summary>
internal sealed class BlobListingPageable(
    Func<string?, int?, CancellationToken, Task<Page<BlobItem>>> fetchPage, CancellationToken cancellationToken)
    : AsyncPageable<BlobItem>(cancellationToken)
{
    public override async IAsyncEnumerable<Page<BlobItem>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        string? marker = continuationToken;
        do
        {
            var page = await fetchPage(marker, pageSizeHint, CancellationToken).ConfigureAwait(false);
            yield return page;
            marker = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(marker));
    }
}

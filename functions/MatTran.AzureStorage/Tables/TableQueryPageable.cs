using Azure;

namespace MatTran.AzureStorage.Tables;

/// <summary>
/// Query results page by page, following the service's continuation until it sends none.
/// <see cref="AsPages"/> resumes from a token returned by an earlier page.
/// </summary>
internal sealed class TableQueryPageable<T>(
    Func<string?, int?, CancellationToken, Task<Page<T>>> fetchPage, int? maxPerPage, CancellationToken cancellationToken)
    : AsyncPageable<T>(cancellationToken)
    where T : notnull
{
    public override async IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        string? token = continuationToken;
        do
        {
            var page = await fetchPage(token, pageSizeHint ?? maxPerPage, CancellationToken).ConfigureAwait(false);
            yield return page;
            token = page.ContinuationToken;
        }
        while (token is not null);
    }
}

using Azure;

namespace MatTran.Durable.Client;

/// <summary>Pages of one type turned into pages of another, keeping continuation tokens (for paged instance queries).</summary>
internal sealed class MappedAsyncPageable<TSource, T>(
    AsyncPageable<TSource> source, Func<IReadOnlyList<TSource>, CancellationToken, Task<IReadOnlyList<T>>> map, CancellationToken cancellationToken)
    : AsyncPageable<T>(cancellationToken)
    where TSource : notnull
    where T : notnull
{
    public override async IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        await foreach (var page in source.AsPages(continuationToken, pageSizeHint))
        {
            var values = await map(page.Values, CancellationToken);
            yield return Page<T>.FromValues(values, page.ContinuationToken, page.GetRawResponse());
        }
    }
}

using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace MatTran.Durable.Storage;

/// <summary>
/// Keeps table rows and queue messages small: a payload over <see cref="InlineLimitBytes"/> is written to the
/// <c>{hub}-payloads</c> container under a content-addressed name (<c>{instanceId}/{sha256}</c>, so a retried write is the
/// same blob) and replaced by a reference <c>blob:{name}</c>, which no JSON text can start with.
/// </summary>
internal sealed class PayloadStore(TaskHubStorage storage)
{
    /// <summary>Payloads up to 45 KB stay inline (two table properties at most; a queue message holds 48 KB of text).</summary>
    public const int InlineLimitBytes = 45 * 1024;

    private const string Prefix = "blob:";
    private const int CacheCapacity = 256;

    // Blobs are immutable (content-addressed), so a small cache of recent downloads is always correct.
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public static bool IsReference(string? stored) => stored?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public Task<string?> ShrinkAsync(string? payload, string instanceId, CancellationToken cancellationToken) =>
        payload is null || Encoding.UTF8.GetByteCount(payload) <= InlineLimitBytes
            ? Task.FromResult(payload)
            : UploadAsync(payload, instanceId, cancellationToken);

    /// <summary>Uploads <paramref name="text"/> regardless of size and returns its reference.</summary>
    public async Task<string?> UploadAsync(string text, string instanceId, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var name = instanceId + "/" + Convert.ToHexStringLower(SHA256.HashData(bytes));
        await storage.Payloads.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(bytes), overwrite: true, cancellationToken);
        return Prefix + name;
    }

    public async Task<string?> ExpandAsync(string? stored, CancellationToken cancellationToken)
    {
        if (!IsReference(stored))
        {
            return stored;
        }

        var name = stored![Prefix.Length..];
        if (_cache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var download = await storage.Payloads.GetBlobClient(name).DownloadContentAsync(cancellationToken);
        var text = download.Value.Content.ToString();
        if (_cache.Count >= CacheCapacity)
        {
            _cache.Clear();
        }

        _cache[name] = text;
        return text;
    }

    public async Task<HistoryEvent> ShrinkAsync(HistoryEvent history, string instanceId, CancellationToken cancellationToken)
    {
        var payload = await ShrinkAsync(history.Payload, instanceId, cancellationToken);
        return ReferenceEquals(payload, history.Payload) ? history : history with { Payload = payload };
    }

    public async Task<HistoryEvent> ExpandAsync(HistoryEvent history, CancellationToken cancellationToken)
    {
        var payload = await ExpandAsync(history.Payload, cancellationToken);
        var carried = history.CarryoverEvents;
        if (carried is { Count: > 0 })
        {
            var expanded = new HistoryEvent[carried.Count];
            for (var i = 0; i < carried.Count; i++)
            {
                expanded[i] = await ExpandAsync(carried[i], cancellationToken);
            }

            carried = expanded;
        }

        return ReferenceEquals(payload, history.Payload) && ReferenceEquals(carried, history.CarryoverEvents)
            ? history
            : history with { Payload = payload, CarryoverEvents = carried };
    }

    /// <summary>Deletes every payload blob of an instance (purge).</summary>
    public async Task DeleteAllAsync(string instanceId, CancellationToken cancellationToken)
    {
        await foreach (var blob in storage.Payloads.GetBlobsAsync(instanceId + "/", cancellationToken))
        {
            await storage.Payloads.GetBlobClient(blob.Name).DeleteIfExistsAsync(cancellationToken);
        }
    }
}

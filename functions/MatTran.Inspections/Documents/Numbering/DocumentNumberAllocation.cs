using Azure;
using Azure.Data.Tables;

namespace MatTran.Inspections.Documents.Numbering;

/// <summary>
/// Which request got which number. Written in the same transaction as the counter, so a number exists only together
/// with the request that took it, and asking again with the same key finds it.
/// </summary>
internal sealed class DocumentNumberAllocation : ITableEntity
{
    public const string RowKeyPrefix = "key-";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public int Number { get; set; }

    /// <summary>The caller's key as given; the row key holds its hash because keys may contain characters tables refuse.</summary>
    public string IdempotencyKey { get; set; } = string.Empty;

    public DateTimeOffset AllocatedAt { get; set; }
}

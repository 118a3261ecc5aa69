using Azure;
using Azure.Data.Tables;

namespace MatTran.Inspections.Documents.Numbering;

/// <summary>The last number issued in one sequence (issuer, type, year); row <c>counter</c> of the sequence's partition.</summary>
internal sealed class DocumentNumberCounter : ITableEntity
{
    public const string CounterRowKey = "counter";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = CounterRowKey;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public int Last { get; set; }
}

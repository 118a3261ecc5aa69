using Azure;
using Azure.Data.Tables;

namespace MatTran.Inspections.Email;

/// <summary>One idempotency key's email in the <c>sentemails</c> table.</summary>
public sealed class SentEmailRecord : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string IdempotencyKey { get; set; } = string.Empty;

    public string MessageId { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public SentEmailStatus Status { get; set; }

    /// <summary>Until when the current attempt owns the key; a later attempt may take over after it.</summary>
    public DateTimeOffset LeaseUntil { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the server accepted it; also the archived copy's Date, so re-archiving writes the same file.</summary>
    public DateTimeOffset? SentAt { get; set; }

    public string? ArchiveBlobName { get; set; }
}

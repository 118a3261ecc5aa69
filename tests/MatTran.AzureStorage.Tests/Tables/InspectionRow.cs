using Azure;
using MatTran.AzureStorage.Tables;

namespace MatTran.AzureStorage.Tests.Tables;

/// <summary>A typed entity with every supported property type, nullable variants included.</summary>
public sealed class InspectionRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Unit { get; set; }

    public int Members { get; set; }

    public long BudgetVnd { get; set; }

    public double Score { get; set; }

    public bool Closed { get; set; }

    public DateTimeOffset VisitAt { get; set; }

    public DateTime DueUtc { get; set; }

    public Guid TeamId { get; set; }

    public byte[]? Evidence { get; set; }

    public BinaryData? Signature { get; set; }

    public InspectionKind Kind { get; set; }

    public int? OptionalCount { get; set; }

    public DateTimeOffset? OptionalClosedAt { get; set; }

    public InspectionKind? OptionalKind { get; set; }
}

using Azure;
using Azure.Data.Tables;

namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>One document of the plan itself, <c>document|{planId}|{documentId}</c> in the plan's partition; the record as JSON.</summary>
internal sealed class PlanDocumentEntity : ITableEntity
{
    public const string RowKeyPrefix = "document|";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Json { get; set; } = "{}";

    public static string RowKeyPrefixFor(PlanId planId) => RowKeyPrefix + planId + "|";
}

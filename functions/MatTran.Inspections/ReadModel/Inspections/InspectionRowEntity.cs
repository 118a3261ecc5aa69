using Azure;
using MatTran.AzureStorage.Tables;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>
/// A detail row of an inspection's partition (draft revision, feedback, document, remediation item, audit line):
/// the record as JSON under a key from <see cref="InspectionRowKeys"/> that says what it is and orders it.
/// </summary>
internal sealed class InspectionRowEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Json { get; set; } = "{}";

    public static InspectionRowEntity For<T>(string inspectionId, string rowKey, T record) => new()
    {
        PartitionKey = inspectionId,
        RowKey = rowKey,
        Json = ReadModelJson.Write(record),
    };

    public T Read<T>() => ReadModelJson.Read<T>(Json);
}

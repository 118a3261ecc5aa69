using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>
/// A detail row of an inspection's partition (draft revision, feedback, document, remediation item, audit line):
/// the record as JSON under a key from <see cref="InspectionRowKeys"/> that says what it is and orders it. The JSON
/// is stored over <c>Json1</c>…<c>Json15</c> (see <see cref="TextChunks"/>), so a long draft report still fits.
/// </summary>
internal sealed class InspectionRowEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>The record's JSON, joined from and split over the stored parts.</summary>
    [IgnoreDataMember]
    public string Json
    {
        get => TextChunks.Join(Json1, Json2, Json3, Json4, Json5, Json6, Json7, Json8, Json9, Json10, Json11, Json12, Json13, Json14, Json15) ?? "{}";
        set
        {
            var parts = TextChunks.Split(value, 15);
            (Json1, Json2, Json3, Json4, Json5, Json6, Json7, Json8) = (parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6], parts[7]);
            (Json9, Json10, Json11, Json12, Json13, Json14, Json15) = (parts[8], parts[9], parts[10], parts[11], parts[12], parts[13], parts[14]);
        }
    }

    public string? Json1 { get; set; }

    public string? Json2 { get; set; }

    public string? Json3 { get; set; }

    public string? Json4 { get; set; }

    public string? Json5 { get; set; }

    public string? Json6 { get; set; }

    public string? Json7 { get; set; }

    public string? Json8 { get; set; }

    public string? Json9 { get; set; }

    public string? Json10 { get; set; }

    public string? Json11 { get; set; }

    public string? Json12 { get; set; }

    public string? Json13 { get; set; }

    public string? Json14 { get; set; }

    public string? Json15 { get; set; }

    public static InspectionRowEntity For<T>(string inspectionId, string rowKey, T record) => new()
    {
        PartitionKey = inspectionId,
        RowKey = rowKey,
        Json = ReadModelJson.Write(record),
    };

    public T Read<T>() => ReadModelJson.Read<T>(Json);
}

using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using Plans = MatTran.Inspections.ReadModel.Plans;

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

    // Remediation rows only: the columns the list across plans (GET /api/remediations) filters on, written in the same
    // row, so the list never disagrees with the item. Null on every other row (and then not stored).

    public string? PlanId { get; set; }

    public string? IssuerUnitId { get; set; }

    public string? InspectedUnitId { get; set; }

    public string? AddresseeUnitId { get; set; }

    public string? DepartmentId { get; set; }

    public string? OwnerStaffId { get; set; }

    public string? Status { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? DueDate { get; set; }

    /// <summary>A remediation item's row with the list's columns filled from the item and its inspection.</summary>
    public static InspectionRowEntity ForRemediation(string planId, string inspectedUnitId, Remediation.RemediationItem item)
    {
        var row = For(item.InspectionId, InspectionRowKeys.Remediation(item.Id), item);
        row.PlanId = planId;
        row.IssuerUnitId = Plans.PlanId.TryParse(planId, out var parsed) ? parsed.IssuerUnitId : null;
        row.InspectedUnitId = inspectedUnitId;
        row.AddresseeUnitId = item.AddresseeUnitId;
        row.DepartmentId = item.DepartmentId;
        row.OwnerStaffId = item.OwnerStaffId;
        row.Status = item.Status.ToString();
        row.DueDate = InspectionStore.FormatDate(item.DueDate);
        return row;
    }

    public static InspectionRowEntity For<T>(string inspectionId, string rowKey, T record) => new()
    {
        PartitionKey = inspectionId,
        RowKey = rowKey,
        Json = ReadModelJson.Write(record),
    };

    public T Read<T>() => ReadModelJson.Read<T>(Json);
}

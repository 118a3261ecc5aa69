using Azure;
using Azure.Data.Tables;

namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>
/// Uniqueness row <c>number|{encoded number}</c>: inserted (Add) in the same transaction as the plan row, so a second
/// plan with the same number for the same issuer and year fails with 409 and never becomes visible.
/// </summary>
internal sealed class PlanNumberEntity : ITableEntity
{
    public const string RowKeyPrefix = "number|";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Number { get; set; } = string.Empty;

    public string PlanId { get; set; } = string.Empty;

    public static string RowKeyFor(string number) => RowKeyPrefix + TableKeyEncoder.Encode(number);
}

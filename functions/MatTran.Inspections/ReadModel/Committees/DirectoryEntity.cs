using Azure;
using Azure.Data.Tables;

namespace MatTran.Inspections.ReadModel.Committees;

/// <summary>
/// One row of a committee's directory: partition = the encoded committee id, row <c>dept|{id}</c> for a department or
/// <c>staff|{id}</c> for a person (only the person's columns are then set), so the whole directory is one query.
/// </summary>
internal sealed class DirectoryEntity : ITableEntity
{
    public const string DepartmentPrefix = "dept|";
    public const string StaffPrefix = "staff|";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Id { get; set; } = string.Empty;

    public string CommitteeId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Position { get; set; }

    public string? Email { get; set; }

    public string? DepartmentId { get; set; }

    public string? UserName { get; set; }

    public bool SignsDocuments { get; set; }
}

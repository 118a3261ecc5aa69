using Azure;
using Azure.Data.Tables;
using MatTran.Inspections.Units;

namespace MatTran.Inspections.ReadModel.Units;

/// <summary>One unit of the Front's tree: PartitionKey "unit", RowKey the encoded unit id.</summary>
internal sealed class UnitEntity : ITableEntity
{
    public string PartitionKey { get; set; } = UnitStore.Partition;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public UnitLevel Level { get; set; }

    public string? ParentId { get; set; }

    public string? Email { get; set; }

    public static UnitEntity From(Unit unit) => new()
    {
        RowKey = TableKeyEncoder.Encode(unit.Id),
        Id = unit.Id,
        Name = unit.Name,
        Level = unit.Level,
        ParentId = unit.ParentId,
        Email = unit.Email,
    };

    public Unit ToUnit() => new(Id, Name, Level, ParentId, Email);
}

using Azure.Data.Tables;
using MatTran.Inspections.Units;

namespace MatTran.Inspections.ReadModel.Units;

/// <summary>
/// The unit tree in table <c>units</c>, one partition so the whole tree is read in one query and written in
/// entity-group transactions of up to 100 units.
/// </summary>
public sealed class UnitStore(TableClient table)
{
    public const string DefaultTableName = "units";
    public const string Partition = "unit";

    private int _tableReady;

    public async Task<IReadOnlyList<Unit>> ListAsync(CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var units = new List<Unit>();
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var entity in table.QueryAsync<UnitEntity>(filter, cancellationToken: cancellationToken))
        {
            units.Add(entity.ToUnit());
        }

        return units;
    }

    /// <summary>
    /// One unit by id, or null: a point read, for the workflow steps that need a unit or two and must not read the whole
    /// tree (a province holds thousands of units, and every step would read them all).
    /// </summary>
    public async Task<Unit?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        await EnsureTableAsync(cancellationToken);
        var found = await table.GetEntityIfExistsAsync<UnitEntity>(Partition, TableKeyEncoder.Encode(id), cancellationToken: cancellationToken);
        return found.HasValue ? found.Value!.ToUnit() : null;
    }

    public async Task<UnitDirectory> DirectoryAsync(CancellationToken cancellationToken = default) =>
        new(await ListAsync(cancellationToken));

    /// <summary>
    /// Inserts or replaces the units. Each chunk of 100 is atomic; across chunks a failure can leave earlier chunks
    /// written, which is harmless because the import is an upsert and re-running it converges.
    /// </summary>
    public async Task UpsertAsync(IReadOnlyList<Unit> units, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        await EnsureTableAsync(cancellationToken);
        foreach (var chunk in units.Chunk(TableTransactionLimits.MaxActions))
        {
            await table.SubmitTransactionAsync(
                chunk.Select(u => new TableTransactionAction(TableTransactionActionType.UpsertReplace, UnitEntity.From(u))),
                cancellationToken);
        }
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _tableReady) == 0)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
            Volatile.Write(ref _tableReady, 1);
        }
    }
}

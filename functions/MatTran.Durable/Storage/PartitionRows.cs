using Azure;
using MatTran.AzureStorage.Tables;

namespace MatTran.Durable.Storage;

/// <summary>Bulk deletion inside one partition, 100 rows per entity-group transaction.</summary>
internal static class PartitionRows
{
    public static async Task<int> DeleteAsync(
        TableClient table, string partitionKey, string? rowKeyFrom, string? rowKeyTo, CancellationToken cancellationToken)
    {
        var filter = (rowKeyFrom, rowKeyTo) switch
        {
            (null, null) => TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"),
            _ => TableClient.CreateQueryFilter(
                $"PartitionKey eq {partitionKey} and RowKey ge {rowKeyFrom ?? ""} and RowKey le {rowKeyTo ?? "~"}"),
        };
        var keys = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add(row.RowKey);
        }

        foreach (var batch in keys.Chunk(TableClient.MaxTransactionActions))
        {
            try
            {
                await table.SubmitTransactionAsync(
                    batch.Select(k => new TableTransactionAction(
                        TableTransactionActionType.Delete, new TableEntity(partitionKey, k), ETag.All)),
                    cancellationToken);
            }
            catch (TableTransactionFailedException failed) when (failed.Status == 404)
            {
                // Someone else deleted part of it meanwhile: delete the rest one by one (404s are fine).
                foreach (var key in batch)
                {
                    await table.DeleteEntityAsync(partitionKey, key, ETag.All, cancellationToken);
                }
            }
        }

        return keys.Count;
    }
}

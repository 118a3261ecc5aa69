namespace MatTran.AzureStorage.Tables;

/// <summary>
/// Checks the service's entity-group transaction rules before sending, so a caller learns of a malformed batch
/// from an <see cref="ArgumentException"/> rather than from a 400 deep in a multipart response.
/// </summary>
internal static class TableTransactionValidator
{
    public static List<TableTransactionAction> Validate(IEnumerable<TableTransactionAction> transactionActions)
    {
        ArgumentNullException.ThrowIfNull(transactionActions);
        var actions = transactionActions.ToList();
        if (actions.Count == 0)
        {
            throw new ArgumentException("A transaction needs at least one action.", nameof(transactionActions));
        }

        if (actions.Count > TableClient.MaxTransactionActions)
        {
            throw new ArgumentException(
                $"A transaction holds at most {TableClient.MaxTransactionActions} actions; got {actions.Count}.", nameof(transactionActions));
        }

        if (actions.Any(a => a is null))
        {
            throw new ArgumentException("A transaction action is null.", nameof(transactionActions));
        }

        string partitionKey = actions[0].Entity.PartitionKey;
        if (actions.Any(a => !string.Equals(a.Entity.PartitionKey, partitionKey, StringComparison.Ordinal)))
        {
            throw new ArgumentException("All actions of a transaction must target one partition key.", nameof(transactionActions));
        }

        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (!rowKeys.Add(action.Entity.RowKey))
            {
                throw new ArgumentException(
                    $"Row key '{action.Entity.RowKey}' appears twice; a transaction may touch each entity once.", nameof(transactionActions));
            }
        }

        return actions;
    }
}

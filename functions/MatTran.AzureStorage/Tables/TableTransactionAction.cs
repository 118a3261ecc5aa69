using Azure;

namespace MatTran.AzureStorage.Tables;

/// <summary>One operation of an entity-group transaction. Mirrors Azure.Data.Tables.TableTransactionAction.</summary>
public sealed class TableTransactionAction
{
    public TableTransactionAction(TableTransactionActionType actionType, ITableEntity entity, ETag etag = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ActionType = actionType;
        Entity = entity;
        ETag = etag;
    }

    public TableTransactionActionType ActionType { get; }

    public ITableEntity Entity { get; }

    /// <summary>The If-Match condition for Update and Delete; default means unconditional (<c>*</c>).</summary>
    public ETag ETag { get; }
}

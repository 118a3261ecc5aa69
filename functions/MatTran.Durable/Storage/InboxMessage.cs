using MatTran.AzureStorage.Tables;
using MatTran.Durable.Serialization;

namespace MatTran.Durable.Storage;

/// <summary>An <c>in…</c> row: a history event waiting to be applied by the instance's next episode.</summary>
internal sealed record InboxMessage(string RowKey, HistoryEvent Event, string? ExecutionId)
{
    public const string EventProperty = "Event";

    public static async Task<TableEntity> ToEntityAsync(
        string instanceId, string rowKey, HistoryEvent message, string? executionId, PayloadStore payloads,
        CancellationToken cancellationToken)
    {
        var row = new TableEntity(instanceId, rowKey);
        if (executionId is not null)
        {
            row["ExecutionId"] = executionId;
        }

        await ChunkedText.WriteAsync(row, EventProperty, JsonPayload.Serialize(message)!, payloads, instanceId, cancellationToken);
        return row;
    }

    public static async Task<InboxMessage> FromEntityAsync(TableEntity row, PayloadStore payloads, CancellationToken cancellationToken)
    {
        var json = await ChunkedText.ReadAsync(row, EventProperty, payloads, cancellationToken);
        return new InboxMessage(row.RowKey, JsonPayload.Deserialize<HistoryEvent>(json)!, row.GetString("ExecutionId"));
    }
}

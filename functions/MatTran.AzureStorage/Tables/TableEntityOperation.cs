using Azure;
using Azure.Core;

namespace MatTran.AzureStorage.Tables;

/// <summary>
/// The HTTP request one entity operation becomes, on its own or inside a <c>$batch</c> changeset:
/// Add = POST to the table; Update = MERGE/PUT with If-Match; Upsert = MERGE/PUT without it; Delete = DELETE with If-Match.
/// </summary>
internal sealed record TableEntityOperation(RequestMethod Method, Uri Uri, byte[]? Body, ETag? IfMatch, bool PreferNoContent)
{
    public static readonly RequestMethod Merge = new("MERGE");

    public static TableEntityOperation For(
        TableTransactionActionType type, ITableEntity entity, ETag ifMatch, Uri endpoint, string table)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Uri EntityUri() => TableUris.Entity(endpoint, table, entity.PartitionKey, entity.RowKey);
        byte[] Body() => TableEntityJsonWriter.Write(TableEntityPropertyMap.ToProperties(entity));
        ETag condition = ifMatch == default ? ETag.All : ifMatch;
        return type switch
        {
            TableTransactionActionType.Add => new(RequestMethod.Post, TableUris.Insert(endpoint, table), Body(), null, true),
            TableTransactionActionType.Delete => new(RequestMethod.Delete, EntityUri(), null, condition, false),
            TableTransactionActionType.UpdateMerge => new(Merge, EntityUri(), Body(), condition, false),
            TableTransactionActionType.UpdateReplace => new(RequestMethod.Put, EntityUri(), Body(), condition, false),
            TableTransactionActionType.UpsertMerge => new(Merge, EntityUri(), Body(), null, false),
            TableTransactionActionType.UpsertReplace => new(RequestMethod.Put, EntityUri(), Body(), null, false),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown transaction action type."),
        };
    }

    public HttpMessage CreateMessage(TableConnection connection)
    {
        var message = connection.CreateMessage(Method, Uri, Body);
        if (IfMatch is { } etag)
        {
            message.Request.Headers.SetValue("If-Match", etag.ToString("H"));
        }

        if (PreferNoContent)
        {
            message.Request.Headers.SetValue("Prefer", "return-no-content");
        }

        return message;
    }
}

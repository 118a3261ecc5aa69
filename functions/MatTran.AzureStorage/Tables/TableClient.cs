using System.Text.Json;
using Azure;
using Azure.Core;
using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Tables;

/// <summary>
/// Operations on one table and its entities. Thread-safe; keep one per table for the process lifetime.
/// Mirrors Azure.Data.Tables.TableClient (same method names, parameters and exceptions).
/// </summary>
public sealed class TableClient
{
    /// <summary>The service limit on operations in one entity-group transaction.</summary>
    public const int MaxTransactionActions = 100;

    private readonly TableConnection _connection;

    public TableClient(string connectionString, string tableName, TableClientOptions? options = null)
        : this(TableConnection.FromConnectionString(connectionString, options), tableName)
    {
    }

    public TableClient(Uri endpoint, string tableName, StorageSharedKeyCredential credential, TableClientOptions? options = null)
        : this(TableConnection.Create(endpoint, StorageAuthentication.FromSharedKey(credential), options), tableName)
    {
    }

    public TableClient(Uri endpoint, string tableName, TokenCredential tokenCredential, TableClientOptions? options = null)
        : this(TableConnection.Create(endpoint, StorageAuthentication.FromToken(tokenCredential), options), tableName)
    {
    }

    internal TableClient(TableConnection connection, string tableName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        _connection = connection;
        Name = tableName;
    }

    public string Name { get; }

    /// <summary>The table's URL (entities live under it).</summary>
    public Uri Uri => TableUris.Insert(_connection.Endpoint, Name);

    /// <summary>
    /// A <c>$filter</c> from an interpolated string whose holes become OData literals (strings quoted with quotes
    /// doubled, <c>datetime'…'</c>, <c>guid'…'</c>, <c>123L</c>, <c>X'…'</c>), so user input cannot change the query:
    /// <c>CreateQueryFilter($"PartitionKey eq {unitId} and Due lt {deadline}")</c>.
    /// </summary>
    public static string CreateQueryFilter(FormattableString filter) => TableODataLiteral.FormatFilter(filter);

    /// <summary>Creates the table; an existing table is not an error. Returns 204 on create, 409 when it existed.</summary>
    public async Task<Response<TableItem>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = Name });
        using var message = _connection.CreateMessage(RequestMethod.Post, TableUris.Tables(_connection.Endpoint), body);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        var response = await _connection.SendAsync(message, cancellationToken, 201, 204, 409).ConfigureAwait(false);
        if (response.Status == 409)
        {
            var conflict = new RequestFailedException(response);
            if (conflict.ErrorCode != StorageErrorCodes.TableAlreadyExists)
            {
                throw conflict;
            }
        }

        return Response.FromValue(new TableItem(Name), response);
    }

    /// <summary>Deletes the table; like the SDK, a table that does not exist is not an error (the 404 is returned).</summary>
    public async Task<Response> DeleteAsync(CancellationToken cancellationToken = default)
    {
        using var message = _connection.CreateMessage(RequestMethod.Delete, TableUris.Table(_connection.Endpoint, Name));
        return await _connection.SendAsync(message, cancellationToken, 204, 404).ConfigureAwait(false);
    }

    /// <summary>Reads one entity; a missing entity throws <see cref="RequestFailedException"/> with status 404.</summary>
    public async Task<Response<T>> GetEntityAsync<T>(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        var response = await SendGetEntityAsync(partitionKey, rowKey, select, cancellationToken, 200).ConfigureAwait(false);
        return Response.FromValue(ReadEntity<T>(response), response);
    }

    /// <summary>Reads one entity, or answers <c>HasValue == false</c> when the entity does not exist.</summary>
    public async Task<NullableResponse<T>> GetEntityIfExistsAsync<T>(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        var response = await SendGetEntityAsync(partitionKey, rowKey, select, cancellationToken, 200, 404).ConfigureAwait(false);
        if (response.Status == 200)
        {
            return Response.FromValue(ReadEntity<T>(response), response);
        }

        // Only a missing entity means "no value"; a missing table is still an error.
        var notFound = new RequestFailedException(response);
        return notFound.ErrorCode == StorageErrorCodes.TableNotFound ? throw notFound : new TableNoValueResponse<T>(response);
    }

    /// <summary>Inserts a new entity; an existing one fails with 409 <c>EntityAlreadyExists</c>. The response carries the new ETag.</summary>
    public Task<Response> AddEntityAsync<T>(T entity, CancellationToken cancellationToken = default)
        where T : ITableEntity =>
        SendOperationAsync(TableTransactionActionType.Add, entity, default, cancellationToken);

    /// <summary>Inserts or updates unconditionally; Merge keeps stored properties the entity omits, Replace drops them.</summary>
    public Task<Response> UpsertEntityAsync<T>(T entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
        where T : ITableEntity =>
        SendOperationAsync(
            mode == TableUpdateMode.Replace ? TableTransactionActionType.UpsertReplace : TableTransactionActionType.UpsertMerge,
            entity, default, cancellationToken);

    /// <summary>
    /// Updates an existing entity if its ETag still equals <paramref name="ifMatch"/> (<see cref="ETag.All"/> for
    /// unconditional); a stale ETag fails with 412 <c>UpdateConditionNotSatisfied</c>, a missing entity with 404.
    /// </summary>
    public Task<Response> UpdateEntityAsync<T>(
        T entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
        where T : ITableEntity =>
        SendOperationAsync(
            mode == TableUpdateMode.Replace ? TableTransactionActionType.UpdateReplace : TableTransactionActionType.UpdateMerge,
            entity, ifMatch, cancellationToken);

    /// <summary>
    /// Deletes an entity if its ETag matches (default: any). As in the SDK, an entity that is already gone is not an
    /// error (the 404 response is returned); a stale ETag fails with 412.
    /// </summary>
    public async Task<Response> DeleteEntityAsync(
        string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        var operation = TableEntityOperation.For(TableTransactionActionType.Delete, entity, ifMatch, _connection.Endpoint, Name);
        using var message = operation.CreateMessage(_connection);
        return await _connection.SendAsync(message, cancellationToken, 204, 404).ConfigureAwait(false);
    }

    /// <summary>
    /// Entities matching an OData <paramref name="filter"/> (build it with <see cref="CreateQueryFilter"/>), in pages of
    /// at most <paramref name="maxPerPage"/> (the service caps a page at 1,000), following continuation to the end.
    /// </summary>
    public AsyncPageable<T> QueryAsync<T>(
        string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        string? selectList = select is null ? null : string.Join(',', select);
        return new TableQueryPageable<T>(
            (token, pageSize, ct) => QueryPageAsync<T>(filter, pageSize, selectList, token, ct), maxPerPage, cancellationToken);
    }

    /// <summary>
    /// Applies up to 100 actions on entities of one partition atomically (an entity-group transaction). On failure nothing
    /// is applied and <see cref="TableTransactionFailedException"/> names the failing action's index. Each returned
    /// response carries that action's new ETag.
    /// </summary>
    public async Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(
        IEnumerable<TableTransactionAction> transactionActions, CancellationToken cancellationToken = default)
    {
        var actions = TableTransactionValidator.Validate(transactionActions);
        var operations = actions
            .Select(a => TableEntityOperation.For(a.ActionType, a.Entity, a.ETag, _connection.Endpoint, Name))
            .ToList();
        var (body, contentType) = TableBatchRequestBuilder.Build(operations);
        using var message = _connection.CreateMessage(RequestMethod.Post, TableUris.Batch(_connection.Endpoint));
        message.Request.Headers.SetValue("Content-Type", contentType);
        message.Request.Content = RequestContent.Create(body);
        var response = await _connection.SendAsync(message, cancellationToken, 202).ConfigureAwait(false);

        var parts = TableBatchResponseParser.Parse(response);
        if (parts.FirstOrDefault(p => p.Status >= 400) is { } failed)
        {
            throw new TableTransactionFailedException(failed);
        }

        if (parts.Count != actions.Count)
        {
            throw new RequestFailedException(response.Status,
                $"The $batch response holds {parts.Count} operation responses for {actions.Count} actions.");
        }

        return Response.FromValue<IReadOnlyList<Response>>(parts, response);
    }

    private async Task<Response> SendGetEntityAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select, CancellationToken cancellationToken, params int[] expected)
    {
        var uri = TableUris.Entity(_connection.Endpoint, Name, partitionKey, rowKey);
        if (select is not null)
        {
            uri = new UriBuilder(uri) { Query = "$select=" + Uri.EscapeDataString(string.Join(',', select)) }.Uri;
        }

        using var message = _connection.CreateMessage(RequestMethod.Get, uri);
        return await _connection.SendAsync(message, cancellationToken, expected).ConfigureAwait(false);
    }

    private async Task<Response> SendOperationAsync(
        TableTransactionActionType type, ITableEntity entity, ETag ifMatch, CancellationToken cancellationToken)
    {
        var operation = TableEntityOperation.For(type, entity, ifMatch, _connection.Endpoint, Name);
        using var message = operation.CreateMessage(_connection);
        return await _connection.SendAsync(message, cancellationToken, 201, 204).ConfigureAwait(false);
    }

    private async Task<Page<T>> QueryPageAsync<T>(
        string? filter, int? top, string? select, string? continuationToken, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(filter))
        {
            query.Add("$filter=" + Uri.EscapeDataString(filter));
        }

        if (select is not null)
        {
            query.Add("$select=" + Uri.EscapeDataString(select));
        }

        if (top is { } pageSize)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize, nameof(top));
            query.Add("$top=" + pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (TableContinuationToken.Parse(continuationToken) is { } next)
        {
            query.Add("NextPartitionKey=" + Uri.EscapeDataString(next.NextPartitionKey));
            if (next.NextRowKey is not null)
            {
                query.Add("NextRowKey=" + Uri.EscapeDataString(next.NextRowKey));
            }
        }

        var uri = new UriBuilder(TableUris.Query(_connection.Endpoint, Name)) { Query = string.Join('&', query) }.Uri;
        using var message = _connection.CreateMessage(RequestMethod.Get, uri);
        var response = await _connection.SendAsync(message, cancellationToken, 200).ConfigureAwait(false);

        using var document = JsonDocument.Parse(response.Content.ToMemory());
        var values = document.RootElement.GetProperty("value").EnumerateArray()
            .Select(e => TableEntityPropertyMap.FromProperties<T>(TableEntityJsonReader.Read(e)))
            .ToList();
        return Page<T>.FromValues(values, TableContinuationToken.FromResponse(response)?.ToString(), response);
    }

    private static T ReadEntity<T>(Response response)
        where T : class, ITableEntity, new()
    {
        using var document = JsonDocument.Parse(response.Content.ToMemory());
        var entity = TableEntityPropertyMap.FromProperties<T>(TableEntityJsonReader.Read(document.RootElement));
        if (entity.ETag == default && response.Headers.ETag is { } etag)
        {
            entity.ETag = etag;
        }

        return entity;
    }
}

using Azure;
using Azure.Core;
using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Tables;

/// <summary>
/// The account's Table service: creates and deletes tables and hands out <see cref="TableClient"/>s that share its
/// pipeline. Thread-safe. Mirrors Azure.Data.Tables.TableServiceClient.
/// </summary>
public sealed class TableServiceClient
{
    private readonly TableConnection _connection;

    public TableServiceClient(string connectionString, TableClientOptions? options = null)
        : this(TableConnection.FromConnectionString(connectionString, options))
    {
    }

    public TableServiceClient(Uri endpoint, StorageSharedKeyCredential credential, TableClientOptions? options = null)
        : this(TableConnection.Create(endpoint, StorageAuthentication.FromSharedKey(credential), options))
    {
    }

    public TableServiceClient(Uri endpoint, TokenCredential tokenCredential, TableClientOptions? options = null)
        : this(TableConnection.Create(endpoint, StorageAuthentication.FromToken(tokenCredential), options))
    {
    }

    private TableServiceClient(TableConnection connection)
    {
        _connection = connection;
    }

    /// <summary>The account's table endpoint.</summary>
    public Uri Uri => _connection.Endpoint;

    public TableClient GetTableClient(string tableName) => new(_connection, tableName);

    public Task<Response<TableItem>> CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).CreateIfNotExistsAsync(cancellationToken);

    public Task<Response> DeleteTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).DeleteAsync(cancellationToken);

    /// <summary>
    /// Get Table Service Properties. The official SDK parses the result into TableServiceProperties; we only use the
    /// call as a signed, read-only reachability probe, so the raw response is returned.
    /// </summary>
    public async Task<Response> GetPropertiesAsync(CancellationToken cancellationToken = default)
    {
        using var message = _connection.CreateMessage(RequestMethod.Get, new Uri(_connection.Endpoint, "?restype=service&comp=properties"));
        return await _connection.SendAsync(message, cancellationToken, 200).ConfigureAwait(false);
    }
}

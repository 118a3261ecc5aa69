using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace MatTran.Inspections.Storage;

/// <summary>
/// Where the app's storage is and how to reach it, read once from configuration in one order, so the read model, the
/// documents and the durable task hub always reach the same account: a connection string (Azurite locally), or in Azure
/// an account name reached with managed identity (no keys). The connection string never appears in messages or logs.
/// </summary>
public sealed class StorageAccount
{
    /// <summary>A storage connection string (<c>UseDevelopmentStorage=true</c> style or the full form).</summary>
    public const string ConnectionStringKey = "Storage:ConnectionString";

    /// <summary>The Functions host's own storage setting (a connection string), used when ours is not set.</summary>
    public const string FunctionsStorageKey = "AzureWebJobsStorage";

    /// <summary>Identity-based connection as the Functions host reads it (<c>AzureWebJobsStorage__accountName</c>).</summary>
    public const string FunctionsAccountNameKey = "AzureWebJobsStorage:accountName";

    /// <summary>The client id of a user-assigned managed identity (<c>AzureWebJobsStorage__clientId</c>); optional.</summary>
    public const string FunctionsClientIdKey = "AzureWebJobsStorage:clientId";

    /// <summary>Account name for managed identity, when the Functions key is not used.</summary>
    public const string AccountNameKey = "Storage:AccountName";

    private StorageAccount(string? connectionString, string? accountName, TokenCredential? credential)
    {
        ConnectionString = connectionString;
        AccountName = accountName;
        Credential = credential;
    }

    /// <summary>Set when the account is reached with a connection string; then <see cref="Credential"/> is null.</summary>
    public string? ConnectionString { get; }

    /// <summary>Set when the account is reached with <see cref="Credential"/>.</summary>
    public string? AccountName { get; }

    public TokenCredential? Credential { get; }

    public static StorageAccount FromConnectionString(string connectionString) =>
        new(connectionString ?? throw new ArgumentNullException(nameof(connectionString)), null, null);

    public static StorageAccount FromAccountName(string accountName, TokenCredential credential) =>
        new(null, accountName ?? throw new ArgumentNullException(nameof(accountName)), credential ?? throw new ArgumentNullException(nameof(credential)));

    /// <summary>
    /// <c>Storage:ConnectionString</c>, else <c>AzureWebJobsStorage</c> (as a string), else
    /// <c>AzureWebJobsStorage:accountName</c> or <c>Storage:AccountName</c> with managed identity. Missing configuration
    /// fails with a message naming the keys, never the values.
    /// </summary>
    public static StorageAccount FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if ((NonBlank(configuration[ConnectionStringKey]) ?? NonBlank(configuration[FunctionsStorageKey])) is { } connectionString)
        {
            return FromConnectionString(connectionString);
        }

        if ((NonBlank(configuration[FunctionsAccountNameKey]) ?? NonBlank(configuration[AccountNameKey])) is { } accountName)
        {
            TokenCredential credential = NonBlank(configuration[FunctionsClientIdKey]) is { } clientId
                ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
                : new DefaultAzureCredential();
            return FromAccountName(accountName, credential);
        }

        throw new InvalidOperationException(
            $"Storage is not configured: set '{ConnectionStringKey}', '{FunctionsStorageKey}', " +
            $"'{FunctionsAccountNameKey}' or '{AccountNameKey}'.");
    }

    /// <summary>The public-cloud endpoint of one service (<c>table</c>, <c>blob</c>, <c>queue</c>) of the account.</summary>
    public Uri ServiceUri(string service) =>
        AccountName is { } name
            ? new Uri($"https://{name}.{service}.core.windows.net/")
            : throw new InvalidOperationException("A connection-string account has no derived service URI.");

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

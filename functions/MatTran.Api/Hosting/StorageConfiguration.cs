namespace MatTran.Api.Hosting;

/// <summary>
/// Configuration keys for storage and the one order in which they are read; the storage clients and the durable task
/// hub both use it, so they always reach the same account. The connection string never appears in logs.
/// </summary>
public static class StorageConfiguration
{
    /// <summary>A storage connection string (Azurite locally; in Azure prefer the service URIs with managed identity).</summary>
    public const string ConnectionStringKey = "Storage:ConnectionString";

    /// <summary>The Functions host's own storage setting, used when ours is not set.</summary>
    public const string FunctionsStorageKey = "AzureWebJobsStorage";

    /// <summary>Account name for managed identity (service URIs are derived from it).</summary>
    public const string AccountNameKey = "Storage:AccountName";

    /// <summary><c>Storage:ConnectionString</c>, else <c>AzureWebJobsStorage</c>, else null.</summary>
    public static string? ConnectionString(IConfiguration configuration) =>
        NonBlank(configuration[ConnectionStringKey]) ?? NonBlank(configuration[FunctionsStorageKey]);

    /// <summary>The account to reach with managed identity, used only when no connection string is set.</summary>
    public static string? AccountName(IConfiguration configuration) => NonBlank(configuration[AccountNameKey]);

    /// <summary>The public-cloud endpoint of one service (<c>table</c>, <c>blob</c>, <c>queue</c>) of an account.</summary>
    public static Uri ServiceUri(string accountName, string service) => new($"https://{accountName}.{service}.core.windows.net/");

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

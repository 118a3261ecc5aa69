namespace MatTran.Functions.Hosting;

/// <summary>Configuration keys for storage; the connection string never appears in logs.</summary>
public static class StorageConfiguration
{
    /// <summary>A storage connection string (Azurite locally; in Azure prefer the service URIs with managed identity).</summary>
    public const string ConnectionStringKey = "Storage:ConnectionString";

    /// <summary>The Functions host's own storage setting, used when ours is not set.</summary>
    public const string FunctionsStorageKey = "AzureWebJobsStorage";

    /// <summary>Account name for managed identity (service URIs are derived from it).</summary>
    public const string AccountNameKey = "Storage:AccountName";
}

using System.Globalization;

namespace MatTran.AzureStorage;

/// <summary>
/// A parsed Azure Storage connection string: <c>UseDevelopmentStorage=true</c> or the full
/// <c>DefaultEndpointsProtocol=…;AccountName=…;AccountKey=…;BlobEndpoint=…</c> form.
/// Mirrors what the official SDKs accept in their connection-string constructors.
/// </summary>
public sealed class StorageConnectionString
{
    /// <summary>The well-known Azurite / storage emulator account (public, documented by Microsoft).</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>The well-known Azurite / storage emulator key (public, documented by Microsoft).</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private StorageConnectionString(string accountName, string? accountKey, Uri blob, Uri queue, Uri table, string? sas)
    {
        AccountName = accountName;
        AccountKey = accountKey;
        BlobEndpoint = blob;
        QueueEndpoint = queue;
        TableEndpoint = table;
        SharedAccessSignature = sas;
    }

    public string AccountName { get; }

    /// <summary>Base64 account key, or null when the string carries a SAS instead.</summary>
    public string? AccountKey { get; }

    public Uri BlobEndpoint { get; }

    public Uri QueueEndpoint { get; }

    public Uri TableEndpoint { get; }

    public string? SharedAccessSignature { get; }

    /// <summary>The shared key credential, or null when the connection string has no account key.</summary>
    public StorageSharedKeyCredential? Credential =>
        AccountKey is null ? null : new StorageSharedKeyCredential(AccountName, AccountKey);

    public static StorageConnectionString Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new FormatException($"Connection string segment '{Redact(part)}' is not of the form key=value.");
            }

            settings[part[..eq].Trim()] = part[(eq + 1)..].Trim();
        }

        if (settings.TryGetValue("UseDevelopmentStorage", out var dev) && bool.TryParse(dev, out var useDev) && useDev)
        {
            return Development(settings.TryGetValue("DevelopmentStorageProxyUri", out var proxy) ? new Uri(proxy) : null);
        }

        settings.TryGetValue("AccountName", out var accountName);
        settings.TryGetValue("AccountKey", out var accountKey);
        settings.TryGetValue("SharedAccessSignature", out var sas);
        string protocol = settings.TryGetValue("DefaultEndpointsProtocol", out var p) ? p : "https";
        string suffix = settings.TryGetValue("EndpointSuffix", out var s) ? s : "core.windows.net";

        Uri Endpoint(string service)
        {
            if (settings.TryGetValue(service + "Endpoint", out var explicitEndpoint))
            {
                return new Uri(explicitEndpoint.TrimEnd('/') + "/");
            }

            if (string.IsNullOrEmpty(accountName))
            {
                throw new FormatException($"Connection string has neither AccountName nor {service}Endpoint.");
            }

            return new Uri(string.Create(CultureInfo.InvariantCulture,
                $"{protocol}://{accountName}.{service.ToLowerInvariant()}.{suffix}/"));
        }

        var blob = Endpoint("Blob");
        var queue = Endpoint("Queue");
        var table = Endpoint("Table");
        if (string.IsNullOrEmpty(accountName))
        {
            accountName = AccountNameFromEndpoint(blob);
        }

        if (accountKey is null && sas is null)
        {
            throw new FormatException("Connection string has neither AccountKey nor SharedAccessSignature.");
        }

        return new StorageConnectionString(accountName, accountKey, blob, queue, table, sas?.TrimStart('?'));
    }

    /// <summary>The emulator endpoints on their default ports (10000 blob, 10001 queue, 10002 table).</summary>
    public static StorageConnectionString Development(Uri? proxy = null)
    {
        var host = proxy ?? new Uri("http://127.0.0.1");
        Uri At(int port) => new UriBuilder(host.Scheme, host.Host, port, DevelopmentAccountName + "/").Uri;
        return new StorageConnectionString(
            DevelopmentAccountName, DevelopmentAccountKey, At(10000), At(10001), At(10002), null);
    }

    /// <summary>
    /// The account name of an endpoint: the first path segment for path-style (emulator, IP) URLs,
    /// otherwise the first DNS label.
    /// </summary>
    internal static string AccountNameFromEndpoint(Uri endpoint)
    {
        if (IsPathStyle(endpoint))
        {
            return endpoint.AbsolutePath.Trim('/').Split('/')[0];
        }

        return endpoint.Host.Split('.')[0];
    }

    /// <summary>Path-style addressing puts the account in the path: emulator hosts and IP literals.</summary>
    internal static bool IsPathStyle(Uri endpoint) =>
        endpoint.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 ||
        endpoint.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase);

    private static string Redact(string segment) =>
        segment.StartsWith("AccountKey", StringComparison.OrdinalIgnoreCase) ? "AccountKey=…" : segment;
}

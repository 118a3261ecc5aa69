using System.Security.Cryptography;
using System.Text;

namespace MatTran.AzureStorage;

/// <summary>
/// Account name and key used to sign requests with SharedKey and to sign SAS tokens.
/// Stands in for Azure.Storage.StorageSharedKeyCredential and Azure.Data.Tables.TableSharedKeyCredential.
/// </summary>
public sealed class StorageSharedKeyCredential
{
    private readonly byte[] _key;

    public StorageSharedKeyCredential(string accountName, string accountKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountKey);
        AccountName = accountName;
        _key = Convert.FromBase64String(accountKey);
    }

    public string AccountName { get; }

    /// <summary>Base64 HMAC-SHA256 of the UTF-8 message under the account key.</summary>
    public string ComputeHmacSha256(string message) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(message)));
}

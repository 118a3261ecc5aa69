using System.Security.Cryptography;
using System.Text;

namespace MatTran.Inspections.Email;

/// <summary>
/// Message-IDs derived from the idempotency key, so a retried send carries the same Message-ID and mail clients and
/// servers that de-duplicate on it show the email once.
/// </summary>
public static class EmailMessageIds
{
    public static string For(string idempotencyKey, string domain)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        // Hashed: the key holds instance ids and step names that need not be valid in a Message-ID nor be visible.
        string local = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32];
        return $"<{local}@{domain}>";
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace MatTran.Inspections.Email.Archive;

/// <summary>
/// Blob names in the mail archive: <c>{yyyy}/{MM}/{key}.eml</c>, month in Vietnam time (UTC+7, no daylight saving)
/// so the folders match the dates users see.
/// </summary>
public static partial class EmailArchivePaths
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,200}$")]
    private static partial Regex SafeKey();

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex UnsafeRun();

    public static string For(string idempotencyKey, DateTimeOffset sentAt)
    {
        var local = sentAt.ToOffset(VietnamOffset);
        return local.ToString("yyyy'/'MM'/'", CultureInfo.InvariantCulture) + FileStem(idempotencyKey) + ".eml";
    }

    /// <summary>
    /// Keys usually look like "instanceId:step" and are used as they are. Others (slashes, spaces, non-ASCII) are
    /// reduced to safe characters plus a hash of the original, so two different keys never share a file.
    /// </summary>
    internal static string FileStem(string idempotencyKey)
    {
        if (SafeKey().IsMatch(idempotencyKey) && !idempotencyKey.StartsWith('.'))
        {
            return idempotencyKey;
        }

        string cleaned = UnsafeRun().Replace(idempotencyKey, "_").Trim('_', '.');
        cleaned = cleaned.Length > 100 ? cleaned[..100] : cleaned;
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..16];
        return cleaned.Length == 0 ? hash : cleaned + "-" + hash;
    }
}

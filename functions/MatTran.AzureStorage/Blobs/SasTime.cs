using System.Globalization;

namespace MatTran.AzureStorage.Blobs;

/// <summary>SAS times are ISO 8601 UTC to the second; the same text is put in the query and in the string-to-sign.</summary>
internal static class SasTime
{
    public static string Format(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string FormatOptional(DateTimeOffset time) => time == default ? string.Empty : Format(time);
}

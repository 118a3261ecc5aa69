using System.Globalization;

namespace MatTran.AzureStorage.Tables;

/// <summary>The OData (EDM) type names and literal formats the Table service uses for typed properties.</summary>
internal static class TableEdm
{
    public const string TypeAnnotationSuffix = "@odata.type";
    public const string Int64 = "Edm.Int64";
    public const string Double = "Edm.Double";
    public const string DateTime = "Edm.DateTime";
    public const string Guid = "Edm.Guid";
    public const string Binary = "Edm.Binary";

    /// <summary>The service stores DateTime with 100 ns precision, in UTC; seven fractional digits keep every tick.</summary>
    public static string FormatDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static string FormatDateTime(DateTime value) => FormatDateTime(ToOffset(value));

    /// <summary>A DateTime of unspecified kind is taken as UTC, as the Table SDK does; local times are converted.</summary>
    public static DateTimeOffset ToOffset(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(System.DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero),
    };

    public static DateTimeOffset ParseDateTime(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>Round-trip double text; "R" keeps every bit and JSON has no NaN/Infinity numbers, so those become strings.</summary>
    public static string FormatDouble(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}

using System.Globalization;

namespace MatTran.Inspections.Email;

/// <summary>The RFC 5322 date of an email ("Mon, 05 Jun 2023 08:00:00 +0700"), in the offset given.</summary>
internal static class EmailDates
{
    public static string Format(DateTimeOffset date) =>
        date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + Offset(date.Offset);

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
}

using System.Globalization;
using MatTran.Inspections.Formatting;

namespace MatTran.Web.Formatting;

/// <summary>Dates and amounts as Vietnamese officials write them: 19/06/2027, 7.955.058.171 (no ICU data needed).</summary>
public static class Show
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static string Date(DateOnly date) => VietnameseFormat.Date(date);

    public static string Date(DateOnly? date) => date is { } d ? VietnameseFormat.Date(d) : string.Empty;

    /// <summary>"19/06/2027 08:00" in Vietnam time.</summary>
    public static string Time(DateTimeOffset at) => at.ToOffset(VietnamOffset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? at) => at is { } a ? Time(a) : string.Empty;

    /// <summary>"7.955.058.171": grouped by dots, the way VND amounts and counts are printed.</summary>
    public static string Number(decimal value) => VietnameseFormat.Number(value);

    /// <summary>The ISO form inputs and the API use.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

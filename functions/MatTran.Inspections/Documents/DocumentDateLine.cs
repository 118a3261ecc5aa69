using System.Globalization;

namespace MatTran.Inspections.Documents;

/// <summary>
/// The place-and-date line, e.g. "Cao Bằng, ngày 05 tháng 6 năm 2023". Decree 30/2020/NĐ-CP (Appendix I)
/// pads days below 10 and months 1 and 2 with a leading zero, and only those, so "tháng 02" but "tháng 6".
/// </summary>
public static class DocumentDateLine
{
    public static string Format(string place, DateOnly date)
    {
        string day = date.Day.ToString("00", CultureInfo.InvariantCulture);
        string month = date.Month <= 2
            ? date.Month.ToString("00", CultureInfo.InvariantCulture)
            : date.Month.ToString(CultureInfo.InvariantCulture);
        return string.Format(CultureInfo.InvariantCulture, DocumentTexts.DateLinePattern, place, day, month, date.Year);
    }
}

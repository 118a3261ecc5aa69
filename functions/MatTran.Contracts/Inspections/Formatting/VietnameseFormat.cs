using System.Globalization;

namespace MatTran.Inspections.Formatting;

/// <summary>
/// Vietnamese number and date formatting with the separators spelled out (dot for thousands, comma for
/// decimals) rather than taken from the vi-VN culture, so that output does not depend on ICU data being
/// present on the host.
/// </summary>
public static class VietnameseFormat
{
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>"19/06/2023".</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"06/2023", the month-year form used for covered periods.</summary>
    public static string MonthYear(DateOnly date) => date.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"7.955.058.171 đồng". Amounts are rounded to whole đồng (half away from zero): VND has no minor unit.</summary>
    public static string Money(decimal amount) =>
        string.Format(CultureInfo.InvariantCulture, FormattingTexts.MoneyPattern, Integer(Math.Round(amount, 0, MidpointRounding.AwayFromZero)));

    /// <summary>"1.234.567" for whole numbers; decimals keep their significant digits with a comma: "1.234,5".</summary>
    public static string Number(decimal value)
    {
        decimal whole = decimal.Truncate(value);
        if (whole == value)
        {
            return Integer(value);
        }

        string fraction = Math.Abs(value - whole).ToString("0.############################", CultureInfo.InvariantCulture)[2..];
        string sign = value < 0 && whole == 0 ? Numbers.NegativeSign : string.Empty;
        return sign + Integer(whole) + Numbers.NumberDecimalSeparator + fraction;
    }

    /// <summary>
    /// A count as official reports write it: numbers below 10 with a leading zero ("02 hộ dân"), larger ones
    /// grouped ("1.250 hội viên").
    /// </summary>
    public static string Count(long count, string noun)
    {
        string digits = count is >= 0 and < 10 ? count.ToString("00", CultureInfo.InvariantCulture) : Integer(count);
        return string.IsNullOrEmpty(noun) ? digits : $"{digits} {noun}";
    }

    /// <summary>"01/2022 – 05/2023".</summary>
    public static string Period(DateOnly from, DateOnly to) => $"{MonthYear(from)} – {MonthYear(to)}";

    private static string Integer(decimal value) => value.ToString("#,0", Numbers);
}

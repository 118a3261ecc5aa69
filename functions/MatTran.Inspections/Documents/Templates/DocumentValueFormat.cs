using System.Globalization;

namespace MatTran.Inspections.Documents.Templates;

/// <summary>
/// Numbers and dates as Vietnamese administrative documents print them: "7.955.058.171" (dot groups, comma decimals),
/// "05/06/2023", "01/2022". Built from an explicit NumberFormatInfo so the output does not depend on the ICU data
/// installed on the host.
/// </summary>
internal static class DocumentValueFormat
{
    private static readonly NumberFormatInfo Vietnamese = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    public static string Number(decimal value) =>
        value == decimal.Truncate(value)
            ? value.ToString("#,0", Vietnamese)
            : value.ToString("#,0.##", Vietnamese);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string MonthYear(DateOnly date) => date.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    public static string Figure(DocumentFigure figure) =>
        string.Format(CultureInfo.InvariantCulture, InspectionDocumentTexts.FigurePattern, figure.Label, Number(figure.Value), figure.Unit);
}

using CsvHelper;

namespace MatTran.Inspections.Reports.Exports;

/// <summary>
/// Writes an export as CSV with CsvHelper: UTF-8 with a byte-order mark (so Excel opens Vietnamese text correctly),
/// RFC 4180 quoting, CRLF lines, and CsvHelper's formula-injection escape: a cell starting with = + - @ tab or CR is
/// prefixed with a quote mark, so a spreadsheet never runs it as a formula.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).</summary>
    public const string FormulaStarts = "=+-@\t\r";

    public static byte[] Write(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var stream = new MemoryStream();
        var options = new CsvWriterOptions
        {
            Injection = CsvInjection.Escape,
            InjectionCharacters = FormulaStarts,
            WriteByteOrderMark = true,
            NewLine = "\r\n",
        };
        using (var csv = CsvWriter.Create(stream, options, false))
        {
            csv.WriteRecord([.. table.Headers]);
            foreach (var row in table.Rows)
            {
                csv.WriteRecord([.. row]);
            }

            csv.Flush();
        }

        return stream.ToArray();
    }
}

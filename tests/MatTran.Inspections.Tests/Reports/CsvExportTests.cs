using System.Text;
using MatTran.Inspections.Reports.Exports;

namespace MatTran.Inspections.Tests.Reports;

/// <summary>The CSV export escapes what a spreadsheet would run as a formula (OWASP CSV injection) and nothing else.</summary>
[TestClass]
public sealed class CsvExportTests
{
    [TestMethod]
    [DataRow("=cmd|' /C calc'!A0")]
    [DataRow("+84 912 345 678")]
    [DataRow("-1")]
    [DataRow("@SUM(A1)")]
    public void A_cell_starting_like_a_formula_is_prefixed_with_a_quote_mark(string cell)
    {
        string[] lines = Lines(new ExportTable("Kiến nghị", ["Nội dung"], [[cell]]));

        // CsvHelper also quotes the escaped cell; its value as a reader sees it is the cell after a quote mark.
        Assert.AreEqual("\"'" + cell + "\"", lines[1]);
    }

    [TestMethod]
    public void Vietnamese_text_with_a_dash_inside_is_written_as_is_after_a_byte_order_mark()
    {
        byte[] csv = CsvExport.Write(new ExportTable("Kiến nghị", ["Địa chỉ"], [["Ban Dân chủ - Pháp luật"]]));

        CollectionAssert.AreEqual(Encoding.UTF8.GetPreamble(), csv[..3]);
        Assert.AreEqual("Ban Dân chủ - Pháp luật", Lines(csv)[1]);
    }

    [TestMethod]
    public void A_cell_with_a_comma_and_a_quote_is_quoted_per_rfc_4180()
    {
        Assert.AreEqual("\"Xã Trường Hà, \"\"Hà Quảng\"\"\"", Lines(new ExportTable("x", ["Đơn vị"], [["Xã Trường Hà, \"Hà Quảng\""]]))[1]);
    }

    private static string[] Lines(ExportTable table) => Lines(CsvExport.Write(table));

    private static string[] Lines(byte[] csv) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(csv).TrimStart('\uFEFF').Split("\r\n");
}

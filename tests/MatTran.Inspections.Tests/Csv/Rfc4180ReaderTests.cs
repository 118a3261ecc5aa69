using MatTran.Inspections.Csv;

namespace MatTran.Inspections.Tests.Csv;

[TestClass]
public sealed class Rfc4180ReaderTests
{
    [TestMethod]
    public void Plain_records_are_split_on_commas_with_line_numbers()
    {
        var result = Rfc4180Reader.Read("a,b,c\r\nd,e,f\r\n");
        Assert.HasCount(2, result.Records);
        CollectionAssert.AreEqual(new[] { "d", "e", "f" }, result.Records[1].Fields.ToArray());
        Assert.AreEqual(2, result.Records[1].LineNumber);
    }

    [TestMethod]
    public void Leading_byte_order_mark_is_ignored()
    {
        var result = Rfc4180Reader.Read("\uFEFFid,name\n");
        Assert.AreEqual("id", result.Records[0].Fields[0]);
    }

    [TestMethod]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var result = Rfc4180Reader.Read("x,\"Quỹ \"\"Vì người nghèo\"\", nhà\nĐại đoàn kết\",y\nnext,1,2\n");
        Assert.IsEmpty(result.Errors);
        Assert.AreEqual("Quỹ \"Vì người nghèo\", nhà\nĐại đoàn kết", result.Records[0].Fields[1]);
        Assert.AreEqual(3, result.Records[1].LineNumber);
    }

    [TestMethod]
    public void Blank_lines_are_skipped_and_empty_fields_kept()
    {
        var result = Rfc4180Reader.Read("a,,c\n\n\nd,e,\n");
        Assert.HasCount(2, result.Records);
        Assert.AreEqual(string.Empty, result.Records[0].Fields[1]);
        Assert.HasCount(3, result.Records[1].Fields);
        Assert.AreEqual(4, result.Records[1].LineNumber);
    }

    [TestMethod]
    public void Unterminated_quote_is_reported_at_its_starting_line()
    {
        var result = Rfc4180Reader.Read("a,b\n\"open,c\nd,e\n");
        Assert.HasCount(1, result.Errors);
        Assert.AreEqual(new CsvSyntaxError(2, CsvSyntaxErrorKind.UnterminatedQuote), result.Errors[0]);
    }

    [TestMethod]
    public void Quote_inside_an_unquoted_field_is_reported_and_the_line_skipped()
    {
        var result = Rfc4180Reader.Read("a,b\"c\nd,e\n");
        Assert.AreEqual(new CsvSyntaxError(1, CsvSyntaxErrorKind.StrayQuote), result.Errors.Single());
        Assert.AreEqual("d", result.Records.Single().Fields[0]);
    }

    [TestMethod]
    public void Text_after_a_closing_quote_is_reported()
    {
        var result = Rfc4180Reader.Read("\"a\"b,c\n");
        Assert.AreEqual(CsvSyntaxErrorKind.StrayQuote, result.Errors.Single().Kind);
    }
}

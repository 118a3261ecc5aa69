using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MatTran.Inspections.Tests.Documents;

/// <summary>Reads back a generated .docx the way Word would: through the OpenXml package, not by string search.</summary>
internal sealed class DocxPackage : IDisposable
{
    private readonly MemoryStream _stream;

    public DocxPackage(byte[] bytes)
    {
        _stream = new MemoryStream(bytes);
        Package = WordprocessingDocument.Open(_stream, isEditable: false);
    }

    public WordprocessingDocument Package { get; }

    public Body Body => Package.MainDocumentPart!.Document.Body!;

    public IReadOnlyList<Table> Tables => Body.Elements<Table>().ToList();

    /// <summary>Texts of the paragraphs directly in the body (outside tables), empty ones skipped.</summary>
    public IReadOnlyList<Paragraph> BodyParagraphs => Body.Elements<Paragraph>().Where(p => p.InnerText.Length > 0).ToList();

    public static IReadOnlyList<string> CellTexts(Table table, int column) =>
        table.Elements<TableRow>().First().Elements<TableCell>().ElementAt(column)
            .Elements<Paragraph>().Select(p => p.InnerText).Where(text => text.Length > 0).ToList();

    public static Paragraph CellParagraph(Table table, int column, string text) =>
        table.Elements<TableRow>().First().Elements<TableCell>().ElementAt(column)
            .Elements<Paragraph>().Single(p => p.InnerText == text);

    public Paragraph BodyParagraph(string text) => BodyParagraphs.Single(p => p.InnerText == text);

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }
}

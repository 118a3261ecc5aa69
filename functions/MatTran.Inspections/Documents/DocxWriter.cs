using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Documents;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as a .docx in the Decree 30/2020/NĐ-CP layout: header table (issuer and
/// number left, national name, motto, place and date right), centred title and summary, body, then recipients left
/// and signature right. Times New Roman; sizes follow the decree's Appendix I.
/// </summary>
public sealed class DocxWriter
{
    // Font sizes are in half-points, as WordprocessingML stores them.
    private const int HeaderCapsSize = 24;   // 12 pt: issuer and national name, uppercase
    private const int MottoSize = 26;        // 13 pt
    private const int NumberSize = 26;       // 13 pt
    private const int TextSize = 28;         // 14 pt: date line, title, body, signature
    private const int RecipientsHeadingSize = 24; // 12 pt bold italic
    private const int RecipientsSize = 22;   // 11 pt

    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public byte[] Write(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DefaultStyles();
            main.Document = new Document(BuildBody(document));
            package.PackageProperties.Title = document.EffectiveTitle + " " + document.Subtitle;
            package.PackageProperties.Identifier = NumberText(document);
            package.PackageProperties.Language = DocumentTexts.Language;
        }

        return stream.ToArray();
    }

    private static Body BuildBody(OfficialDocument document)
    {
        var body = new Body();
        body.Append(HeaderTable(document));
        if (document.IsDraft)
        {
            body.Append(Centered(DocumentTexts.DraftMark, TextSize, bold: true, spacingBefore: 240));
        }

        body.Append(Centered(document.EffectiveTitle, TextSize, bold: true, spacingBefore: document.IsDraft ? 120 : 360));
        body.Append(Centered(document.Subtitle, TextSize, bold: true));
        body.Append(Rule(PageLayout.TextWidth, lineWidth: 2268));
        foreach (var paragraph in document.Body)
        {
            body.Append(BodyParagraphElement(paragraph));
        }

        body.Append(ClosingTable(document));
        body.Append(new SectionProperties(
            new PageSize { Width = PageLayout.PageWidth, Height = PageLayout.PageHeight },
            new PageMargin
            {
                Top = PageLayout.MarginTop,
                Bottom = PageLayout.MarginBottom,
                Left = PageLayout.MarginLeft,
                Right = PageLayout.MarginRight,
                Header = 720,
                Footer = 720,
                Gutter = 0,
            }));
        return body;
    }

    private static Table HeaderTable(OfficialDocument document)
    {
        int left = PageLayout.IssuerColumnWidth;
        int right = PageLayout.TextWidth - left;
        var issuerCell = Cell(left,
            Centered(document.Issuer.ParentBody.ToUpperInvariant(), HeaderCapsSize),
            Centered(document.Issuer.Body.ToUpperInvariant(), HeaderCapsSize, bold: true),
            Rule(left, lineWidth: 1134),
            Centered(DocumentTexts.NumberPrefix + NumberText(document), NumberSize, spacingBefore: 120));
        var nationCell = Cell(right,
            Centered(DocumentTexts.NationalName, HeaderCapsSize, bold: true),
            Centered(DocumentTexts.Motto, MottoSize, bold: true),
            Rule(right, lineWidth: 3118),
            Centered(DocumentDateLine.Format(document.Place, document.Date), TextSize, italic: true, spacingBefore: 120));
        return BorderlessTable(left, right, new TableRow(issuerCell, nationCell));
    }

    private static string NumberText(OfficialDocument document) =>
        document.IsDraft
            ? DocumentTexts.DraftNumberGap + "/" + DocumentTypeNames.Abbreviation(document.Type) + "-" + document.Number.IssuerSymbol
            : document.Number.Text;

    private static Table ClosingTable(OfficialDocument document)
    {
        int left = PageLayout.RecipientsColumnWidth;
        int right = PageLayout.TextWidth - left;

        var recipients = new List<Paragraph>
        {
            Text(DocumentTexts.RecipientsHeading, RecipientsHeadingSize, JustificationValues.Left, bold: true, italic: true),
        };
        var lines = document.Recipients.Append(DocumentTexts.ArchiveCopy).ToList();
        for (int i = 0; i < lines.Count; i++)
        {
            // Decree 30: each recipient ends with ";" and the last (the records copy) with ".".
            string end = i == lines.Count - 1 ? "." : ";";
            recipients.Add(Text("- " + lines[i] + end, RecipientsSize, JustificationValues.Left));
        }

        var signature = new List<Paragraph>();
        if (!string.IsNullOrEmpty(document.Signature.Authority))
        {
            signature.Add(Centered(document.Signature.Authority.ToUpperInvariant(), TextSize, bold: true));
        }

        signature.Add(Centered(document.Signature.Position.ToUpperInvariant(), TextSize, bold: true));
        // Room for the handwritten signature and the seal.
        signature.Add(Centered(document.Signature.SignerName, TextSize, bold: true, spacingBefore: 1680));

        return BorderlessTable(left, right,
            new TableRow(Cell(left, [.. recipients]), Cell(right, [.. signature])), keepTogether: true);
    }

    private static Paragraph BodyParagraphElement(BodyParagraph paragraph)
    {
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "120", Line = "288", LineRule = LineSpacingRuleValues.Auto },
        };
        bool bold = paragraph.Style is BodyParagraphStyle.Heading or BodyParagraphStyle.CenteredBold;
        if (paragraph.Style == BodyParagraphStyle.CenteredBold)
        {
            properties.Justification = new Justification { Val = JustificationValues.Center };
        }
        else
        {
            properties.Indentation = new Indentation { FirstLine = PageLayout.FirstLineIndent.ToString(CultureInfo.InvariantCulture) };
            properties.Justification = new Justification { Val = JustificationValues.Both };
        }

        var result = new Paragraph(properties);
        if (!string.IsNullOrEmpty(paragraph.Lead))
        {
            result.Append(TextRun(paragraph.Lead + " ", TextSize, bold: true, italic: false));
        }

        string text = paragraph.Style == BodyParagraphStyle.Bullet ? "- " + paragraph.Text : paragraph.Text;
        result.Append(TextRun(text, TextSize, bold, italic: false));
        return result;
    }

    private static Table BorderlessTable(int left, int right, TableRow row, bool keepTogether = false)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = (left + right).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.None },
                    new LeftBorder { Val = BorderValues.None },
                    new BottomBorder { Val = BorderValues.None },
                    new RightBorder { Val = BorderValues.None },
                    new InsideHorizontalBorder { Val = BorderValues.None },
                    new InsideVerticalBorder { Val = BorderValues.None }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(
                new GridColumn { Width = left.ToString(CultureInfo.InvariantCulture) },
                new GridColumn { Width = right.ToString(CultureInfo.InvariantCulture) }),
            row);
        if (keepTogether)
        {
            // A signature split from its recipients over a page break looks unsigned.
            row.PrependChild(new TableRowProperties(new CantSplit()));
        }

        return table;
    }

    private static TableCell Cell(int width, params Paragraph[] paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(
            new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs);
        return cell;
    }

    private static Paragraph Centered(string text, int size, bool bold = false, bool italic = false, int spacingBefore = 0) =>
        Text(text, size, JustificationValues.Center, bold, italic, spacingBefore);

    private static Paragraph Text(
        string text, int size, JustificationValues justification, bool bold = false, bool italic = false, int spacingBefore = 0) =>
        new(
            new ParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines
                {
                    Before = spacingBefore.ToString(CultureInfo.InvariantCulture),
                    After = "0",
                },
                Justification = new Justification { Val = justification },
            },
            TextRun(text, size, bold, italic));

    /// <summary>
    /// The short horizontal line under the issuer, the motto and the summary: the top border of an empty,
    /// one-point-high paragraph indented so the line is <paramref name="lineWidth"/> twips long and centred.
    /// </summary>
    private static Paragraph Rule(int columnWidth, int lineWidth)
    {
        // Table cells lose 108 twips of margin on each side; the body does not, which only shifts the line slightly.
        string indent = (Math.Max(0, columnWidth - 216 - lineWidth) / 2).ToString(CultureInfo.InvariantCulture);
        return new Paragraph(new ParagraphProperties
        {
            ParagraphBorders = new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact },
            Indentation = new Indentation { Left = indent, Right = indent },
            ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "2" }),
        });
    }

    private static Run TextRun(string text, int size, bool bold, bool italic)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }

        if (italic)
        {
            properties.Italic = new Italic();
            properties.ItalicComplexScript = new ItalicComplexScript();
        }

        string sizeText = size.ToString(CultureInfo.InvariantCulture);
        properties.FontSize = new FontSize { Val = sizeText };
        properties.FontSizeComplexScript = new FontSizeComplexScript { Val = sizeText };
        // XML cannot carry a control character: refuse it here with a clear message rather than fail deep inside the
        // package writer. Request texts are checked at the edge, so reaching this is a bug upstream.
        return new Run(properties, new Text(TextRules.RequireStorable(text, "Document text")) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Styles DefaultStyles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts
                {
                    Ascii = DocumentTexts.FontName,
                    HighAnsi = DocumentTexts.FontName,
                    EastAsia = DocumentTexts.FontName,
                    ComplexScript = DocumentTexts.FontName,
                },
                new FontSize { Val = TextSize.ToString(CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = TextSize.ToString(CultureInfo.InvariantCulture) },
                new Languages { Val = DocumentTexts.Language })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        });
}

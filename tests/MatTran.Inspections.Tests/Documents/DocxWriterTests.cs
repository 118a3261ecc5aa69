using System.Text;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using MatTran.Inspections.Documents;

namespace MatTran.Inspections.Tests.Documents;

[TestClass]
public sealed class DocxWriterTests
{
    private static DocxPackage WriteDecision() => new(new DocxWriter().Write(SampleDocuments.Decision()));

    [TestMethod]
    public void A_text_with_a_control_character_is_refused_with_a_clear_message_before_anything_is_written()
    {
        var decision = SampleDocuments.Decision();
        var broken = decision with { Title = "QUYẾT ĐỊNH\u0000" };

        var error = Assert.ThrowsExactly<ArgumentException>(() => new DocxWriter().Write(broken));

        StringAssert.Contains(error.Message, "U+0000");
    }

    [TestMethod]
    public void Header_left_column_has_issuer_in_capitals_and_the_number()
    {
        using var docx = WriteDecision();

        var issuer = DocxPackage.CellTexts(docx.Tables[0], 0);

        CollectionAssert.AreEqual(
            new[] { "ỦY BAN MTTQ VIỆT NAM TỈNH CAO BẰNG", "BAN THƯỜNG TRỰC", "Số: 12/QĐ-MTTQ-BTT" }, issuer.ToArray());
    }

    [TestMethod]
    public void Header_right_column_has_national_name_motto_and_italic_place_and_date()
    {
        using var docx = WriteDecision();

        var nation = DocxPackage.CellTexts(docx.Tables[0], 1);

        CollectionAssert.AreEqual(
            new[] { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Cao Bằng, ngày 05 tháng 6 năm 2023" },
            nation.ToArray());
        var dateRun = DocxPackage.CellParagraph(docx.Tables[0], 1, "Cao Bằng, ngày 05 tháng 6 năm 2023").Descendants<Run>().Single();
        Assert.IsNotNull(dateRun.RunProperties?.Italic);
        Assert.IsNotNull(DocxPackage.CellParagraph(docx.Tables[0], 1, "Độc lập - Tự do - Hạnh phúc").Descendants<Bold>().FirstOrDefault());
    }

    [TestMethod]
    public void Issuer_and_motto_are_underlined_by_a_short_rule()
    {
        using var docx = WriteDecision();

        foreach (int column in new[] { 0, 1 })
        {
            var cell = docx.Tables[0].Elements<TableRow>().First().Elements<TableCell>().ElementAt(column);
            var rule = cell.Elements<Paragraph>().Single(p => p.ParagraphProperties?.ParagraphBorders?.TopBorder is not null);
            Assert.AreEqual(string.Empty, rule.InnerText);
            Assert.IsGreaterThan(0, int.Parse(rule.ParagraphProperties!.Indentation!.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [TestMethod]
    public void Title_and_subtitle_are_centered_bold_after_the_header()
    {
        using var docx = WriteDecision();

        var title = docx.BodyParagraphs[0];
        var subtitle = docx.BodyParagraphs[1];

        Assert.AreEqual("QUYẾT ĐỊNH", title.InnerText);
        Assert.AreEqual("Về việc thành lập Đoàn kiểm tra đối với Ủy ban MTTQ Việt Nam xã Hạnh Sơn", subtitle.InnerText);
        foreach (var paragraph in new[] { title, subtitle })
        {
            Assert.AreEqual(JustificationValues.Center, paragraph.ParagraphProperties!.Justification!.Val!.Value);
            Assert.IsNotNull(paragraph.Descendants<Bold>().FirstOrDefault());
        }
    }

    [TestMethod]
    public void Body_paragraphs_are_justified_with_first_line_indent()
    {
        using var docx = WriteDecision();

        var basis = docx.BodyParagraph("Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;");

        Assert.AreEqual(JustificationValues.Both, basis.ParagraphProperties!.Justification!.Val!.Value);
        Assert.AreEqual("567", basis.ParagraphProperties.Indentation!.FirstLine!.Value);
    }

    [TestMethod]
    public void Recipients_block_lists_each_with_semicolon_and_ends_with_the_records_copy()
    {
        using var docx = WriteDecision();

        var recipients = DocxPackage.CellTexts(docx.Tables[1], 0);

        CollectionAssert.AreEqual(
            new[] { "Nơi nhận:", "- Như Điều 3;", "- Thường trực Tỉnh ủy (để báo cáo);", "- Lưu: VT." }, recipients.ToArray());
        var heading = DocxPackage.CellParagraph(docx.Tables[1], 0, "Nơi nhận:").Descendants<RunProperties>().Single();
        Assert.IsNotNull(heading.Bold);
        Assert.IsNotNull(heading.Italic);
    }

    [TestMethod]
    public void Signature_block_has_authority_position_and_signer_on_the_right()
    {
        using var docx = WriteDecision();

        var signature = DocxPackage.CellTexts(docx.Tables[1], 1);

        CollectionAssert.AreEqual(new[] { "TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Nguyễn Thị Bích Nhiệm" }, signature.ToArray());
    }

    [TestMethod]
    public void Signature_without_authority_prints_only_position_and_name()
    {
        var document = SampleDocuments.Decision() with { Signature = new SignatureBlock("", "Chủ tịch", "Lò Văn Pó") };
        using var docx = new DocxPackage(new DocxWriter().Write(document));

        CollectionAssert.AreEqual(new[] { "CHỦ TỊCH", "Lò Văn Pó" }, DocxPackage.CellTexts(docx.Tables[1], 1).ToArray());
    }

    [TestMethod]
    public void Page_is_A4_with_margins_inside_the_decree_ranges()
    {
        using var docx = WriteDecision();

        var section = docx.Body.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        Assert.AreEqual(210.0, PageLayout.ToMillimetres((int)size.Width!.Value), 0.1);
        Assert.AreEqual(297.0, PageLayout.ToMillimetres((int)size.Height!.Value), 0.1);
        Assert.IsInRange(20.0, 25.0, PageLayout.ToMillimetres(margin.Top!.Value));
        Assert.IsInRange(20.0, 25.0, PageLayout.ToMillimetres(margin.Bottom!.Value));
        Assert.IsInRange(30.0, 35.0, PageLayout.ToMillimetres((int)margin.Left!.Value));
        Assert.IsInRange(15.0, 20.0, PageLayout.ToMillimetres((int)margin.Right!.Value));
    }

    [TestMethod]
    public void Default_font_is_Times_New_Roman_14pt_Vietnamese()
    {
        using var docx = WriteDecision();

        var defaults = docx.Package.MainDocumentPart!.StyleDefinitionsPart!.Styles!
            .GetFirstChild<DocDefaults>()!.RunPropertiesDefault!.RunPropertiesBaseStyle!;

        Assert.AreEqual("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.AreEqual("Times New Roman", defaults.RunFonts.HighAnsi!.Value);
        Assert.AreEqual("28", defaults.FontSize!.Val!.Value);
        Assert.AreEqual("vi-VN", defaults.Languages!.Val!.Value);
    }

    [TestMethod]
    public void Every_run_is_between_11_and_14_points()
    {
        using var docx = new DocxPackage(new DocxWriter().Write(SampleDocuments.ConclusionNotice()));

        foreach (var size in docx.Body.Descendants<Run>().Select(run => int.Parse(run.RunProperties!.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture)))
        {
            Assert.IsInRange(22, 28, size);
        }
    }

    [TestMethod]
    public void Vietnamese_diacritics_survive_in_composed_form()
    {
        const string Name = "Nguyễn Thị Bích Nhiệm — Hà Giang, Đắk Lắk, Bắc Kạn";
        var document = SampleDocuments.Decision() with { Signature = new SignatureBlock("", "Chủ tịch", Name) };

        using var docx = new DocxPackage(new DocxWriter().Write(document));

        string printed = DocxPackage.CellTexts(docx.Tables[1], 1).Last();
        Assert.AreEqual(Name, printed);
        Assert.IsTrue(printed.IsNormalized(NormalizationForm.FormC));
    }

    [TestMethod]
    public void Package_properties_carry_title_and_number()
    {
        using var docx = WriteDecision();

        StringAssert.StartsWith(docx.Package.PackageProperties.Title, "QUYẾT ĐỊNH Về việc thành lập Đoàn kiểm tra");
        Assert.AreEqual("12/QĐ-MTTQ-BTT", docx.Package.PackageProperties.Identifier);
    }

    [TestMethod]
    public void Every_template_produces_a_schema_valid_document()
    {
        var validator = new OpenXmlValidator();
        foreach (var document in new[] { SampleDocuments.Decision(), SampleDocuments.Notice(), SampleDocuments.ConclusionNotice() })
        {
            using var docx = new DocxPackage(new DocxWriter().Write(document));

            var errors = validator.Validate(docx.Package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

            Assert.IsEmpty(errors, document.Subtitle + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }
    }
}

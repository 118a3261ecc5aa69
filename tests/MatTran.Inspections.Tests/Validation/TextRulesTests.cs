using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Tests.Validation;

[TestClass]
public sealed class TextRulesTests
{
    [TestMethod]
    [DataRow("A\u0000B", 1)]
    [DataRow("\u0001", 0)]
    [DataRow("ab\u001F", 2)]
    [DataRow("x\u007F", 1)]
    [DataRow("\u0085 NEL", 0)]
    [DataRow("\u009F", 0)]
    [DataRow("\uFFFE", 0)]
    [DataRow("end \uFFFF", 4)]
    [DataRow("hoso\u202Efdp.exe", 4)]
    [DataRow("\u2066isolate\u2069", 0)]
    [DataRow("mark \u200F", 5)]
    [DataRow("a\u200Bb", 1)]
    [DataRow("\uFEFFbom", 0)]
    [DataRow("join\u2060", 4)]
    public void Characters_no_document_or_email_can_carry_are_found(string text, int position) =>
        Assert.AreEqual(position, TextRules.FindForbidden(text));

    [TestMethod]
    public void A_surrogate_without_its_pair_is_found()
    {
        // Built in code: an attribute's string cannot hold a lone surrogate (its UTF-8 blob replaces it with U+FFFD).
        Assert.AreEqual(5, TextRules.FindForbidden("lone \uD83D high"));
        Assert.AreEqual(5, TextRules.FindForbidden("lone \uDE00 low"));
        Assert.AreEqual(0, TextRules.FindForbidden("\uDE00\uD83D reversed pair"));
        Assert.AreEqual(3, TextRules.FindForbidden("end\uD83D"));
    }

    [TestMethod]
    [DataRow("Ủy ban MTTQ Việt Nam xã Hạnh Sơn")]
    [DataRow("Dòng một\r\nDòng hai\tcột")]
    [DataRow("Biểu tượng 😀 và \u00AD, \uFFFD, 👨\u200D👩\u200D👧, क्\u200Cष")]
    [DataRow("")]
    public void Ordinary_text_tabs_line_breaks_and_paired_surrogates_pass(string text) =>
        Assert.AreEqual(-1, TextRules.FindForbidden(text));

    [TestMethod]
    public void Text_is_normalised_to_nfc_and_text_that_cannot_be_is_left_for_the_check()
    {
        string decomposed = "Tiếng Việt".Normalize(System.Text.NormalizationForm.FormD);
        Assert.AreEqual("Tiếng Việt".Normalize(System.Text.NormalizationForm.FormC), TextRules.Normalize(decomposed));
        Assert.AreEqual("lone \uD83D", TextRules.Normalize("lone \uD83D"));
        Assert.IsNull(TextRules.Normalize(null));
    }

    [TestMethod]
    public void Length_is_counted_as_the_read_model_stores_it()
    {
        Assert.AreEqual(4, TextRules.StoredLength("Việt"));
        Assert.AreEqual(4, TextRules.StoredLength("a\"b"));
        Assert.AreEqual(4, TextRules.StoredLength("a\nb"));
        Assert.AreEqual(12, TextRules.StoredLength("😀"));
    }

    [TestMethod]
    public void Check_names_the_field_with_a_stable_code_and_the_position()
    {
        var builder = new ValidationResultBuilder();

        bool passed = TextRules.Check(builder, "inspections[2].teamLead", "A\u0000B", TextLimits.PersonName);

        Assert.IsFalse(passed);
        var error = builder.Build().Errors.Single();
        Assert.AreEqual(ValidationCodes.TextControlCharacter, error.Code);
        Assert.AreEqual("inspections[2].teamLead", error.Field);
        StringAssert.Contains(error.Message, "U+0000");
        StringAssert.Contains(error.Message, "vị trí 2");
    }

    [TestMethod]
    public void A_single_line_field_refuses_a_line_break_and_any_field_its_excess()
    {
        var builder = new ValidationResultBuilder();

        TextRules.Check(builder, "title", "Kế hoạch\nnăm 2025", TextLimits.Title, singleLine: true);
        TextRules.Check(builder, "reason", "Dòng một\nDòng hai", TextLimits.Reason);
        TextRules.Check(builder, "comment", new string('x', TextLimits.Comment + 1), TextLimits.Comment);
        TextRules.Check(builder, "text", string.Concat(Enumerable.Repeat("😀", 1 + (TextLimits.Comment / 12))), TextLimits.Comment);

        var codes = builder.Build().ErrorCodesByField();
        CollectionAssert.AreEqual(new[] { "title", "comment", "text" }, codes.Keys.ToArray());
        Assert.AreEqual(ValidationCodes.TextLineBreak, codes["title"].Single());
        Assert.AreEqual(ValidationCodes.TextTooLong, codes["comment"].Single());
        Assert.AreEqual(ValidationCodes.TextTooLong, codes["text"].Single());
    }

    [TestMethod]
    public void A_writer_is_refused_the_text_with_a_message_saying_what_and_where() =>
        StringAssert.Contains(
            Assert.ThrowsExactly<ArgumentException>(() => TextRules.RequireStorable("A\u0000B", "Document text")).Message,
            "Document text contains U+0000 at position 2");
}

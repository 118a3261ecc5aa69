using System.Text;
using MatTran.Inspections.Uploads;

namespace MatTran.Inspections.Tests.Uploads;

[TestClass]
public sealed class FileNameSanitizerTests
{
    [TestMethod]
    public void Vietnamese_letters_are_kept()
    {
        Assert.AreEqual("Báo cáo kết quả Hòa An (bản 2).docx", FileNameSanitizer.Sanitize("Báo cáo kết quả Hòa An (bản 2).docx"));
    }

    [TestMethod]
    public void Decomposed_Vietnamese_is_normalised_to_composed_form()
    {
        string decomposed = "Hồng Việt.pdf".Normalize(NormalizationForm.FormD);
        Assert.AreEqual("Hồng Việt.pdf".Normalize(NormalizationForm.FormC), FileNameSanitizer.Sanitize(decomposed));
    }

    [TestMethod]
    public void Directory_parts_are_dropped()
    {
        Assert.AreEqual("passwd.pdf", FileNameSanitizer.Sanitize("../../etc/passwd.pdf"));
        Assert.AreEqual("a.pdf", FileNameSanitizer.Sanitize("C:\\Users\\x\\a.pdf"));
    }

    [TestMethod]
    public void Control_characters_and_symbols_are_stripped_and_spaces_collapsed()
    {
        Assert.AreEqual("bao cao.pdf", FileNameSanitizer.Sanitize("bao\u0000 \t cao\u202E<>:*?|\".pdf"));
    }

    [TestMethod]
    public void Leading_and_trailing_dots_and_spaces_are_trimmed()
    {
        Assert.AreEqual("an.pdf", FileNameSanitizer.Sanitize(" ..an.pdf. "));
    }

    [TestMethod]
    public void Long_names_are_shortened_keeping_the_extension()
    {
        string name = FileNameSanitizer.Sanitize(new string('ệ', 300) + ".xlsx", 120);
        Assert.HasCount(120, name);
        StringAssert.EndsWith(name, ".xlsx");
    }

    [TestMethod]
    public void Null_or_empty_gives_empty()
    {
        Assert.AreEqual(string.Empty, FileNameSanitizer.Sanitize(null));
    }
}

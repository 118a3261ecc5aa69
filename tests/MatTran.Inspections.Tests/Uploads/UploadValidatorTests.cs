using System.IO.Compression;
using System.Text;
using MatTran.Inspections.Uploads;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Tests.Uploads;

[TestClass]
public sealed class UploadValidatorTests
{
    private static readonly UploadValidator Validator = new(new UploadPolicy());

    private static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF");

    private static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16];

    private static byte[] Package(string mainPart)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            using var writer = new StreamWriter(zip.CreateEntry(mainPart).Open());
            writer.Write("<x/>");
        }

        return buffer.ToArray();
    }

    [TestMethod]
    [DataRow("bao-cao.pdf", "application/pdf")]
    [DataRow("ANH.JPG", "image/jpeg")]
    [DataRow("anh.jpeg", "image/jpeg")]
    [DataRow("so-do.png", "image/png")]
    public void Allowed_types_with_matching_bytes_pass(string name, string contentType)
    {
        byte[] content = contentType switch { "application/pdf" => Pdf(), "image/png" => Png(), _ => Jpeg() };
        var check = Validator.Check(name, content);
        Assert.IsTrue(check.Validation.IsValid, string.Join("; ", check.Validation.Errors));
        Assert.AreEqual(contentType, check.ContentType);
    }

    [TestMethod]
    public void Word_and_Excel_packages_are_told_apart_by_their_main_part()
    {
        Assert.IsTrue(Validator.Check("bao-cao.docx", Package("word/document.xml")).Validation.IsValid);
        Assert.IsTrue(Validator.Check("so-lieu.xlsx", Package("xl/workbook.xml")).Validation.IsValid);
        Assert.IsTrue(Validator.Check("bao-cao.docx", Package("xl/workbook.xml")).Validation.HasError(ValidationCodes.UploadContentMismatch));
    }

    [TestMethod]
    public void Renamed_executable_is_rejected_by_its_bytes()
    {
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03];
        var check = Validator.Check("bao-cao.pdf", exe);
        Assert.AreEqual(ValidationCodes.UploadContentMismatch, check.Validation.Errors.Single().Code);
        Assert.IsNull(check.FileType);
    }

    [TestMethod]
    public void Corrupt_zip_named_docx_is_a_content_mismatch()
    {
        byte[] broken = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3];
        Assert.IsTrue(Validator.Check("x.docx", broken).Validation.HasError(ValidationCodes.UploadContentMismatch));
    }

    [TestMethod]
    [DataRow("virus.exe")]
    [DataRow("bao-cao.doc")]
    [DataRow("bao-cao")]
    [DataRow("ghi-chu.txt")]
    public void Other_extensions_are_not_allowed(string name)
    {
        Assert.IsTrue(Validator.Check(name, Pdf()).Validation.HasError(ValidationCodes.UploadTypeNotAllowed));
    }

    [TestMethod]
    public void Types_can_be_narrowed_by_policy()
    {
        var pdfOnly = new UploadValidator(new UploadPolicy { AllowedTypes = [UploadFileType.Pdf] });
        var check = pdfOnly.Check("anh.png", Png());
        Assert.IsTrue(check.Validation.HasError(ValidationCodes.UploadTypeNotAllowed));
        StringAssert.Contains(check.Validation.Errors.Single().Message, ".pdf");
    }

    [TestMethod]
    public void Size_limit_defaults_to_20_MB_and_is_configurable()
    {
        Assert.IsTrue(Validator.CheckSize(20L * 1024 * 1024).IsValid);
        Assert.IsTrue(Validator.CheckSize(20L * 1024 * 1024 + 1).HasError(ValidationCodes.UploadTooLarge));
        var small = new UploadValidator(new UploadPolicy { MaxBytes = 10 });
        Assert.IsTrue(small.Check("a.pdf", Pdf()).Validation.HasError(ValidationCodes.UploadTooLarge));
    }

    [TestMethod]
    public void Empty_file_is_rejected()
    {
        Assert.IsTrue(Validator.Check("a.pdf", Array.Empty<byte>()).Validation.HasError(ValidationCodes.UploadEmpty));
    }

    [TestMethod]
    [DataRow("../../")]
    [DataRow("\u0000\u0001")]
    [DataRow("")]
    public void Name_that_sanitises_to_nothing_is_rejected(string name)
    {
        Assert.IsTrue(Validator.Check(name, Pdf()).Validation.HasError(ValidationCodes.UploadNameInvalid));
    }

    [TestMethod]
    public void Stored_name_is_the_sanitised_one()
    {
        Assert.AreEqual("Báo cáo tự kiểm tra.pdf", Validator.Check("C:\\tmp\\Báo cáo tự kiểm tra.pdf", Pdf()).SafeFileName);
    }
}

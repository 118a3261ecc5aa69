using System.IO.Compression;

namespace MatTran.Inspections.Uploads;

/// <summary>Extension, content type and content signature (magic bytes) of each allowed type.</summary>
public static class UploadFileTypes
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public static string ContentType(UploadFileType type) => type switch
    {
        UploadFileType.Pdf => "application/pdf",
        UploadFileType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        UploadFileType.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        UploadFileType.Jpeg => "image/jpeg",
        UploadFileType.Png => "image/png",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The type claimed by a file name's extension (case-insensitive; ".jpeg" counts as JPEG), or null.</summary>
    public static UploadFileType? FromExtension(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => UploadFileType.Pdf,
        ".docx" => UploadFileType.Docx,
        ".xlsx" => UploadFileType.Xlsx,
        ".jpg" or ".jpeg" => UploadFileType.Jpeg,
        ".png" => UploadFileType.Png,
        _ => null,
    };

    /// <summary>
    /// True when the bytes really are of <paramref name="type"/>. Office files are ZIP packages, so for them the
    /// package is opened and its main part looked for (word/document.xml, xl/workbook.xml): a renamed .xlsx
    /// or a plain .zip does not pass as a .docx.
    /// </summary>
    public static bool ContentMatches(UploadFileType type, ReadOnlyMemory<byte> content)
    {
        var span = content.Span;
        return type switch
        {
            UploadFileType.Pdf => span.StartsWith(PdfMagic),
            UploadFileType.Png => span.StartsWith(PngMagic),
            UploadFileType.Jpeg => span.StartsWith(JpegMagic),
            UploadFileType.Docx => span.StartsWith(ZipMagic) && PackageHasPart(content, "word/document.xml"),
            UploadFileType.Xlsx => span.StartsWith(ZipMagic) && PackageHasPart(content, "xl/workbook.xml"),
            _ => false,
        };
    }

    private static bool PackageHasPart(ReadOnlyMemory<byte> content, string partName)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
            return archive.Entries.Any(e => string.Equals(e.FullName, partName, StringComparison.OrdinalIgnoreCase));
        }
        catch (InvalidDataException)
        {
            // A corrupt or truncated ZIP is simply not an Office document; the caller reports a content mismatch.
            return false;
        }
    }
}

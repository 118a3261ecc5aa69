using System.Net.Http.Headers;

namespace MatTran.LocalHost.Tests;

/// <summary>A unit's multipart POST through its link, and small files of each kind the checks look at.</summary>
internal static class UnitUploads
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"u8.ToArray();

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    public static byte[] PdfOfSize(int bytes)
    {
        var content = new byte[bytes];
        Pdf.CopyTo(content, 0);
        return content;
    }

    public static HttpRequestMessage Post(string path, string? token, string? text, (string Name, byte[] Content)? file, string? user = null) =>
        PostParts(path, token, text, file is { } f ? [("file", f.Name, f.Content)] : [], user);

    /// <summary>A form with any file parts, each under its own field name (the API takes one, in <c>file</c>).</summary>
    public static HttpRequestMessage PostParts(
        string path, string? token, string? text, IEnumerable<(string Field, string Name, byte[] Content)> files, string? user = null)
    {
        var form = new MultipartFormDataContent();
        if (text is not null)
        {
            form.Add(new StringContent(text), "text");
        }

        foreach (var f in files)
        {
            var content = new ByteArrayContent(f.Content);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, f.Field, f.Name);
        }

        string query = token is null ? string.Empty : "?t=" + Uri.EscapeDataString(token);
        return new HttpRequestMessage(HttpMethod.Post, new Uri(path + query, UriKind.Relative)) { Content = form }.As(user);
    }
}

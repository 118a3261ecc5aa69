using System.Net.Http.Headers;
using System.Text;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// A one-file <c>multipart/form-data</c> body written byte for byte, so a file name can hold what a client library
/// would refuse to put in a header (NUL, CR-free control characters, bidi overrides) — as a hostile client sends it.
/// </summary>
internal static class RawUpload
{
    private const string Boundary = "----mattran-raw";

    /// <param name="disposition">The Content-Disposition parameters after <c>form-data; name="file"; </c> (e.g. <c>filename="x.pdf"</c>).</param>
    public static HttpContent Pdf(string disposition, byte[] content)
    {
        var body = new MemoryStream();
        body.Write(Encoding.UTF8.GetBytes(
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; {disposition}\r\nContent-Type: application/pdf\r\n\r\n"));
        body.Write(content);
        body.Write(Encoding.UTF8.GetBytes($"\r\n--{Boundary}--\r\n"));
        var result = new ByteArrayContent(body.ToArray());
        result.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        return result;
    }

    public static HttpContent Named(string fileName) => Pdf($"filename=\"{fileName}\"", TestFiles.Pdf);
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// A <c>multipart/form-data</c> body with one PDF-looking file of any size, written in 64 KB pieces as it is sent: the
/// test never holds the file in memory, and with a declared length a server refusing it by that length never reads it.
/// </summary>
internal sealed class StreamedUpload : HttpContent
{
    private const string Boundary = "----mattran-bad-input";
    private static readonly byte[] Chunk = new byte[64 * 1024];

    private readonly byte[] _head;
    private readonly byte[] _tail;
    private readonly long _fileBytes;

    public StreamedUpload(string fileName, long fileBytes)
    {
        _fileBytes = fileBytes;
        _head = Encoding.UTF8.GetBytes(
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\n" +
            "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n");
        _tail = Encoding.UTF8.GetBytes($"\r\n--{Boundary}--\r\n");
        Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_head);
        for (long left = _fileBytes - 9; left > 0; left -= Chunk.Length)
        {
            await stream.WriteAsync(Chunk.AsMemory(0, (int)Math.Min(left, Chunk.Length)));
        }

        await stream.WriteAsync(_tail);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _head.Length - 9 + _fileBytes + _tail.Length;
        return true;
    }
}

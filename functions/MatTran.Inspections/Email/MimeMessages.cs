using System.Security.Cryptography;
using System.Text;
using MimeKit;
using MimeKit.Text;

namespace MatTran.Inspections.Email;

/// <summary>
/// The one MIME form of an <see cref="EmailMessage"/>, built with MimeKit for both the SMTP send and the .eml archive:
/// multipart/alternative with the plain-text part first (clients that prefer the richest part pick the HTML), both
/// bodies UTF-8 in base64 (intact through servers that are not 8-bit clean), Vietnamese subject and names as RFC 2047
/// UTF-8 encoded words, the Message-ID derived from the idempotency key. The boundary comes from the Message-ID, so the
/// same message and date always give the same bytes and a retried archive write produces the same file.
/// </summary>
public static class MimeMessages
{
    public static MimeMessage Create(EmailMessage message, EmailAddress from, string messageId, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        var mime = new MimeMessage
        {
            Date = date,
            MessageId = messageId.Trim('<', '>'),
        };
        mime.From.Add(Mailbox(from));
        mime.To.AddRange(message.To.Select(Mailbox));
        mime.Cc.AddRange(message.Cc.Select(Mailbox));
        // UTF-8 named, not left to MimeKit's smallest-charset choice, so every reader sees one charset.
        mime.Headers.Replace(HeaderId.Subject, Encoding.UTF8, message.Subject);
        mime.Body = new MultipartAlternative(Part(TextFormat.Plain, message.TextBody), Part(TextFormat.Html, message.HtmlBody))
        {
            Boundary = "=_mattran_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)))[..24],
        };
        return mime;
    }

    /// <summary>The .eml bytes (CRLF line ends, 7-bit), as the archive stores them.</summary>
    public static byte[] ToEml(MimeMessage mime)
    {
        ArgumentNullException.ThrowIfNull(mime);
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        using var stream = new MemoryStream();
        mime.WriteTo(format, stream);
        return stream.ToArray();
    }

    private static MailboxAddress Mailbox(EmailAddress address) => new(Encoding.UTF8, address.DisplayName ?? string.Empty, address.Address);

    private static TextPart Part(TextFormat format, string content)
    {
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.Base64 };
        part.SetText(Encoding.UTF8, content.ReplaceLineEndings("\r\n"));
        return part;
    }
}

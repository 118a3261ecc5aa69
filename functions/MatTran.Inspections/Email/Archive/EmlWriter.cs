using System.Security.Cryptography;
using System.Text;

namespace MatTran.Inspections.Email.Archive;

/// <summary>
/// Renders an <see cref="EmailMessage"/> as an RFC 5322 / MIME .eml file for the archive: multipart/alternative
/// with the plain-text and HTML bodies base64-encoded in UTF-8, Vietnamese header text as RFC 2047 encoded words,
/// CRLF line ends. Deterministic for the same message and date, so a retried archive write produces the same file.
/// </summary>
public static class EmlWriter
{
    public static byte[] Write(EmailMessage message, EmailAddress from, string messageId, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(message);
        string boundary = "=_mattran_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)))[..24];
        var eml = new StringBuilder();
        Header(eml, "Message-ID", messageId);
        Header(eml, "Date", EmailDates.Format(date));
        Header(eml, "From", MimeHeaderEncoding.Mailbox(from));
        Header(eml, "To", string.Join(",\r\n ", message.To.Select(MimeHeaderEncoding.Mailbox)));
        if (message.Cc.Count > 0)
        {
            Header(eml, "Cc", string.Join(",\r\n ", message.Cc.Select(MimeHeaderEncoding.Mailbox)));
        }

        Header(eml, "Subject", MimeHeaderEncoding.Unstructured(message.Subject));
        Header(eml, "MIME-Version", "1.0");
        Header(eml, "Content-Type", $"multipart/alternative;\r\n boundary=\"{boundary}\"");
        eml.Append("\r\n");
        Part(eml, boundary, "text/plain", message.TextBody);
        Part(eml, boundary, "text/html", message.HtmlBody);
        eml.Append("--").Append(boundary).Append("--\r\n");
        return Encoding.ASCII.GetBytes(eml.ToString());
    }

    private static void Header(StringBuilder eml, string name, string value) => eml.Append(name).Append(": ").Append(value).Append("\r\n");

    private static void Part(StringBuilder eml, string boundary, string mediaType, string content)
    {
        eml.Append("--").Append(boundary).Append("\r\n");
        Header(eml, "Content-Type", mediaType + "; charset=utf-8");
        Header(eml, "Content-Transfer-Encoding", "base64");
        eml.Append("\r\n");
        string base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(content.ReplaceLineEndings("\r\n")));
        for (int i = 0; i < base64.Length; i += 76)
        {
            eml.Append(base64, i, Math.Min(76, base64.Length - i)).Append("\r\n");
        }
    }
}

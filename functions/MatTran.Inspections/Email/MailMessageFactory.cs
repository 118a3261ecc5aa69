using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace MatTran.Inspections.Email;

/// <summary>
/// Maps an <see cref="EmailMessage"/> to System.Net.Mail: UTF-8 subject and headers, plain text and HTML as
/// alternatives (text first, so clients that prefer the richest part pick HTML), and the stable Message-ID.
/// </summary>
internal static class MailMessageFactory
{
    public static MailMessage Create(EmailMessage message, EmailOptions options)
    {
        var from = message.From ?? options.DefaultFrom();
        var mail = new MailMessage
        {
            From = new MailAddress(from.Address, from.DisplayName, Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        foreach (var to in message.To)
        {
            mail.To.Add(new MailAddress(to.Address, to.DisplayName, Encoding.UTF8));
        }

        foreach (var cc in message.Cc)
        {
            mail.CC.Add(new MailAddress(cc.Address, cc.DisplayName, Encoding.UTF8));
        }

        mail.AlternateViews.Add(View(message.TextBody, MediaTypeNames.Text.Plain));
        mail.AlternateViews.Add(View(message.HtmlBody, MediaTypeNames.Text.Html));
        mail.Headers.Add("Message-ID", EmailMessageIds.For(message.IdempotencyKey, options.EffectiveMessageIdDomain()));
        if (message.Date is { } date)
        {
            mail.Headers.Add("Date", EmailDates.Format(date.ToOffset(Archive.EmailArchivePaths.VietnamOffset)));
        }
        return mail;
    }

    private static AlternateView View(string content, string mediaType)
    {
        var view = AlternateView.CreateAlternateViewFromString(content, Encoding.UTF8, mediaType);
        // Base64 keeps Vietnamese intact through servers that are not 8-bit clean.
        view.TransferEncoding = TransferEncoding.Base64;
        return view;
    }
}

using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Email;

/// <summary>
/// Sends over SMTP with System.Net.Mail. A client per send: SmtpClient is not safe for concurrent use and sends are
/// rare (a few per inspection step).
/// </summary>
public sealed partial class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var mail = MailMessageFactory.Create(message, settings);
        using var client = new SmtpClient(settings.Smtp.Host, settings.Smtp.Port)
        {
            EnableSsl = settings.Smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)settings.Smtp.Timeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            client.Credentials = new NetworkCredential(settings.Smtp.UserName, settings.Smtp.Password);
        }

        await client.SendMailAsync(mail, cancellationToken);
        // Only the Message-ID and counts: recipients are personal data and the credentials must never reach logs.
        LogSent(logger, mail.Headers["Message-ID"], message.To.Count + message.Cc.Count, settings.Smtp.Host, settings.Smtp.Port);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent email {MessageId} to {RecipientCount} recipient(s) via {Host}:{Port}")]
    private static partial void LogSent(ILogger logger, string? messageId, int recipientCount, string host, int port);
}

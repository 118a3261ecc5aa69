using System.Net;
using Azure.Core;
using MailKit.Net.Smtp;
using MailKit.Security;
using MatTran.Inspections.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Email;

/// <summary>
/// Sends over SMTP with MailKit: maildev locally; Azure Communication Services' SMTP endpoint in Azure (STARTTLS,
/// Entra ID sign-in with the app's identity). A connection per send: sends are rare (a few per inspection step) and a
/// MailKit client is not safe for concurrent use. The Date header is the message's plan date when it has one, so the
/// email sent and its archived copy are the same message.
/// </summary>
public sealed partial class SmtpEmailSender : IEmailSender
{
    private readonly IOptions<EmailOptions> _options;
    private readonly ILogger<SmtpEmailSender> _logger;
    private readonly TimeProvider _time;
    private readonly Lazy<TokenCredential> _credential;

    public SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger, TimeProvider? time = null, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        _credential = new Lazy<TokenCredential>(() => credential ?? SmtpEntraSignIn.Credential(options.Value.Smtp.ClientId));
    }

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = _options.Value;
        var smtp = settings.Smtp;
        string messageId = EmailMessageIds.For(message.IdempotencyKey, settings.EffectiveMessageIdDomain());
        using var mime = MimeMessages.Create(message, message.From ?? settings.DefaultFrom(), messageId, message.Date ?? _time.GetUtcNow());

        try
        {
            using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.EnableSsl ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            await SignInAsync(client, smtp, cancellationToken);
            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Counted for the email-failure alert, then rethrown: the activity's retry policy decides what happens next.
            WorkflowTelemetry.EmailSends.Add(1, new KeyValuePair<string, object?>(WorkflowTelemetry.OutcomeTag, WorkflowTelemetry.Failed));
            LogFailed(_logger, messageId, e.GetType().Name, smtp.Host, smtp.Port);
            throw;
        }

        WorkflowTelemetry.EmailSends.Add(1, new KeyValuePair<string, object?>(WorkflowTelemetry.OutcomeTag, WorkflowTelemetry.Succeeded));
        // Only the Message-ID and counts: recipients are personal data and the credentials must never reach logs.
        LogSent(_logger, messageId, message.To.Count + message.Cc.Count, smtp.Host, smtp.Port);
    }

    private async Task SignInAsync(SmtpClient client, SmtpOptions smtp, CancellationToken cancellationToken)
    {
        var mode = smtp.EffectiveAuthentication();
        if (mode == SmtpAuthentication.None)
        {
            return;
        }

        // A server that offers no AUTH would otherwise take the mail unauthenticated while the settings say otherwise.
        if (!client.Capabilities.HasFlag(SmtpCapabilities.Authentication))
        {
            throw new InvalidOperationException(
                $"{EmailOptions.SectionName}:Smtp:Authentication is {mode}, but {smtp.Host}:{smtp.Port} offers no SMTP AUTH.");
        }

        if (string.IsNullOrEmpty(smtp.UserName))
        {
            throw new InvalidOperationException($"{EmailOptions.SectionName}:Smtp:UserName is required for {mode} sign-in.");
        }

        if (mode == SmtpAuthentication.EntraId)
        {
            await client.AuthenticateAsync(await SmtpEntraSignIn.MechanismAsync(smtp.UserName, _credential.Value, cancellationToken), cancellationToken);
        }
        else
        {
            await client.AuthenticateAsync(new NetworkCredential(smtp.UserName, smtp.Password), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {MessageId} could not be sent via {Host}:{Port} ({ErrorType})")]
    private static partial void LogFailed(ILogger logger, string messageId, string errorType, string host, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent email {MessageId} to {RecipientCount} recipient(s) via {Host}:{Port}")]
    private static partial void LogSent(ILogger logger, string messageId, int recipientCount, string host, int port);
}

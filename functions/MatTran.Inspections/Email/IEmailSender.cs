namespace MatTran.Inspections.Email;

/// <summary>Sends one email. Implementations: SMTP (maildev locally); decorators add idempotency and archiving.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

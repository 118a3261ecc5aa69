namespace MatTran.Inspections.Email;

/// <summary>
/// One email, with a plain-text and an HTML body of the same content. <see cref="IdempotencyKey"/> names the business
/// event the email is for (e.g. "{instanceId}:notice"); it fixes the Message-ID and lets a redelivered activity skip
/// the send.
/// </summary>
public sealed record EmailMessage
{
    public required IReadOnlyList<EmailAddress> To { get; init; }

    public IReadOnlyList<EmailAddress> Cc { get; init; } = [];

    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    public required string HtmlBody { get; init; }

    public required string IdempotencyKey { get; init; }

    /// <summary>Sender; the configured <see cref="EmailOptions.FromAddress"/> when null.</summary>
    public EmailAddress? From { get; init; }

    /// <summary>
    /// The date of the email in the archive (the .eml's Date header and its folder): the plan time of the step that
    /// sends it, so a rehearsal's emails are filed in the plan's year and a redelivery's copy is the same file. The
    /// send time when null. The SMTP Date header is the same, so the sent email and its archived copy agree.
    /// </summary>
    public DateTimeOffset? Date { get; init; }
}

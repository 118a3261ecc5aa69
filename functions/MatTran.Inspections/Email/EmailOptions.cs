namespace MatTran.Inspections.Email;

/// <summary>Sender identity and transport (section <c>Email</c>).</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string FromAddress { get; set; } = "";

    public string? FromDisplayName { get; set; }

    /// <summary>Right-hand side of generated Message-IDs; the From address's domain when null.</summary>
    public string? MessageIdDomain { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>How long one send attempt owns its idempotency key before a retry may take over.</summary>
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Table recording each idempotency key's send.</summary>
    public string SentTableName { get; set; } = "sentemails";

    /// <summary>Blob container of the .eml archive.</summary>
    public string ArchiveContainerName { get; set; } = "mail";

    public EmailAddress DefaultFrom()
    {
        if (string.IsNullOrWhiteSpace(FromAddress))
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(FromAddress)} is not configured.");
        }

        return new EmailAddress(FromAddress, FromDisplayName);
    }

    public string EffectiveMessageIdDomain()
    {
        if (!string.IsNullOrWhiteSpace(MessageIdDomain))
        {
            return MessageIdDomain;
        }

        int at = FromAddress.LastIndexOf('@');
        return at >= 0 && at < FromAddress.Length - 1 ? FromAddress[(at + 1)..] : "mattran.local";
    }
}

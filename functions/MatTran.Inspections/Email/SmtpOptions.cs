namespace MatTran.Inspections.Email;

/// <summary>SMTP server settings (section <c>Email:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    /// <summary>Null for servers that take mail without authentication (maildev).</summary>
    public string? UserName { get; set; }

    /// <summary>Never logged; comes from Key Vault in Azure.</summary>
    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

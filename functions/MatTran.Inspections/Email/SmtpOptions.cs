namespace MatTran.Inspections.Email;

/// <summary>SMTP server settings (section <c>Email:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    /// <summary>Require STARTTLS (port 587 relays such as smtp.azurecomm.net); off for maildev.</summary>
    public bool EnableSsl { get; set; }

    /// <summary>
    /// How to sign in; when not set, <see cref="SmtpAuthentication.Password"/> if <see cref="UserName"/> is set,
    /// otherwise <see cref="SmtpAuthentication.None"/>.
    /// </summary>
    public SmtpAuthentication? Authentication { get; set; }

    /// <summary>The SMTP user name; for <see cref="SmtpAuthentication.EntraId"/> the ACS SMTP username of the identity.</summary>
    public string? UserName { get; set; }

    /// <summary>Only for <see cref="SmtpAuthentication.Password"/>. Never logged; comes from Key Vault in Azure.</summary>
    public string? Password { get; set; }

    /// <summary>For <see cref="SmtpAuthentication.EntraId"/>: the client id of the user-assigned identity; empty: the default chain.</summary>
    public string? ClientId { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public SmtpAuthentication EffectiveAuthentication() =>
        Authentication ?? (string.IsNullOrEmpty(UserName) ? SmtpAuthentication.None : SmtpAuthentication.Password);
}

namespace MatTran.Inspections.Email;

/// <summary>How the app signs in to the SMTP server (<c>Email:Smtp:Authentication</c>).</summary>
public enum SmtpAuthentication
{
    /// <summary>No sign-in: maildev locally, or a relay that trusts the network.</summary>
    None,

    /// <summary><see cref="SmtpOptions.UserName"/> and <see cref="SmtpOptions.Password"/> (the password from Key Vault).</summary>
    Password,

    /// <summary>
    /// Azure Communication Services with Microsoft Entra ID: XOAUTH2 with an access token of the app's managed identity
    /// for <see cref="SmtpEntraSignIn.Scope"/>, as the SMTP username linked to that identity. No secret exists.
    /// </summary>
    EntraId,
}

using Azure.Core;
using Azure.Identity;
using MailKit.Security;

namespace MatTran.Inspections.Email;

/// <summary>
/// The SASL XOAUTH2 sign-in Azure Communication Services' SMTP endpoint takes with Entra ID: the SMTP username (an
/// ACS "SMTP username" resource linked to the app's identity) and an access token for the Communication Services
/// audience. The token is asked for on every connection; Azure.Identity caches it until shortly before it expires.
/// </summary>
public static class SmtpEntraSignIn
{
    public const string Scope = "https://communication.azure.com/.default";

    public static async Task<SaslMechanismOAuth2> MechanismAsync(string userName, TokenCredential credential, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentNullException.ThrowIfNull(credential);
        var token = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
        return new SaslMechanismOAuth2(userName, token.Token);
    }

    /// <summary>The user-assigned identity named by <paramref name="clientId"/>, else the default chain.</summary>
    public static TokenCredential Credential(string? clientId) =>
        string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
}

namespace MatTran.Api.Links;

/// <summary>The one answer of <c>POST /api/links/renew</c>: <c>{ "accepted": "LinkRenewal" }</c>.</summary>
public sealed record LinkRenewalAccepted(string Accepted)
{
    public static LinkRenewalAccepted Instance { get; } = new("LinkRenewal");
}

using MatTran.Api.Routing;
using MatTran.Inspections.Links;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Links;

/// <summary>The unit's own way back in when its link has expired: a new one, to its registered address.</summary>
public static class UnitLinksApi
{
    /// <summary>
    /// <c>POST /api/links/renew?t=</c>: anonymous. Whatever the token — expired, current, tampered, for an unknown
    /// inspection, for a unit without a mailbox, absent — the answer is the same 202, so the route tells a caller
    /// nothing about links, units or inspections; only the unit's registered mailbox learns something (at most once a
    /// day per inspection, <see cref="UnitLinkRenewal"/>). Nothing else of the request is read: there is no way to
    /// name another address.
    /// </summary>
    internal static async Task<Accepted<LinkRenewalAccepted>> RenewAsync(
        HttpRequest request, UnitLinkRenewal renewal, CancellationToken cancellationToken)
    {
        string? token = request.Query.TryGetValue(ApiAccessPolicy.TokenParameter, out var values) ? values.ToString() : null;
        await renewal.RenewAsync(token, cancellationToken);
        return TypedResults.Accepted((string?)null, LinkRenewalAccepted.Instance);
    }
}

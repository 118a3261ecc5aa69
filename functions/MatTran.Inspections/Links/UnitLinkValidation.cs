namespace MatTran.Inspections.Links;

/// <summary>The outcome of checking a token: the claims when valid, otherwise the reason.</summary>
public sealed record UnitLinkValidation
{
    private UnitLinkValidation(UnitLinkClaims? claims, UnitLinkFailure failure)
    {
        Claims = claims;
        Failure = failure;
    }

    /// <summary>The link's claims when valid or <see cref="UnitLinkFailure.Expired"/> (genuine); null otherwise.</summary>
    public UnitLinkClaims? Claims { get; }

    public UnitLinkFailure Failure { get; }

    public bool IsValid => Failure == UnitLinkFailure.None;

    /// <summary>The unit the link was issued to, only when valid.</summary>
    public string? UnitId => IsValid ? Claims?.UnitId : null;

    public static UnitLinkValidation Valid(UnitLinkClaims claims) => new(claims, UnitLinkFailure.None);

    public static UnitLinkValidation Failed(UnitLinkFailure failure) => new(null, failure);

    /// <summary>
    /// Genuine (the signature holds) but past its expiry: not valid, yet its claims are known, which is all a renewal
    /// needs — the new link goes to the unit's registered address, never to the caller.
    /// </summary>
    public static UnitLinkValidation Expired(UnitLinkClaims claims) => new(claims ?? throw new ArgumentNullException(nameof(claims)), UnitLinkFailure.Expired);
}

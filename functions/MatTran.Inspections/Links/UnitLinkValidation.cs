namespace MatTran.Inspections.Links;

/// <summary>The outcome of checking a token: the claims when valid, otherwise the reason.</summary>
public sealed record UnitLinkValidation
{
    private UnitLinkValidation(UnitLinkClaims? claims, UnitLinkFailure failure)
    {
        Claims = claims;
        Failure = failure;
    }

    public UnitLinkClaims? Claims { get; }

    public UnitLinkFailure Failure { get; }

    public bool IsValid => Failure == UnitLinkFailure.None;

    /// <summary>The unit the link was issued to, only when valid.</summary>
    public string? UnitId => IsValid ? Claims?.UnitId : null;

    public static UnitLinkValidation Valid(UnitLinkClaims claims) => new(claims, UnitLinkFailure.None);

    public static UnitLinkValidation Failed(UnitLinkFailure failure) => new(null, failure);
}

namespace MatTran.Inspections.Links;

/// <summary>Why a link was refused. Stable names: the HTTP layer maps them to problem details.</summary>
public enum UnitLinkFailure
{
    None,

    /// <summary>Not two base64url parts, or the payload is not the expected JSON.</summary>
    Malformed,

    /// <summary>The MAC does not match: tampered, or signed with another key.</summary>
    BadSignature,

    /// <summary>Genuine but past its expiry.</summary>
    Expired,
}

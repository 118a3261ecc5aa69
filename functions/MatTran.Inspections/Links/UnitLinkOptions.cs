namespace MatTran.Inspections.Links;

/// <summary>Configuration for signed unit links (section <c>UnitLinks</c>).</summary>
public sealed class UnitLinkOptions
{
    public const string SectionName = "UnitLinks";

    /// <summary>
    /// HMAC-SHA256 key, base64. Kept in configuration (Key Vault reference in Azure), never in code; anyone holding it
    /// can mint links for any unit.
    /// </summary>
    public string SigningKey { get; set; } = "";

    /// <summary>
    /// The key <see cref="SigningKey"/> replaced at the last rotation, base64; empty when there is none. Links are only
    /// signed with <see cref="SigningKey"/>, but links signed with this one still verify until they expire, so a
    /// rotation invalidates no link already emailed (docs/operations.md, "Rotate the link key").
    /// </summary>
    public string PreviousSigningKey { get; set; } = "";

    /// <summary>How long a freshly issued link stays valid when the caller does not say.</summary>
    public TimeSpan DefaultLifetime { get; set; } = TimeSpan.FromDays(30);
}

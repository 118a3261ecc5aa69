namespace MatTran.Inspections.Links;

/// <summary>What became of a renewal request: for the log and tests only — the caller is told the same every time.</summary>
public enum UnitLinkRenewalOutcome
{
    /// <summary>A new link went to the unit's registered address (or had already gone today).</summary>
    Sent,

    /// <summary>No link, not a link, tampered, signed with another key, or one naming no inspection.</summary>
    NotAuthentic,

    /// <summary>A genuine link for an inspection that does not exist, or not that unit's.</summary>
    NotFound,

    /// <summary>The unit has no registered address: nobody to send the link to.</summary>
    NoMailbox,
}

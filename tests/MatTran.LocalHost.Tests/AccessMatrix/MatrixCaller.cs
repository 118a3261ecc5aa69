namespace MatTran.LocalHost.Tests.AccessMatrix;

/// <summary>The callers every route is tried with: nobody, each demo staff role, and unit links of every kind.</summary>
internal enum MatrixCaller
{
    Anonymous,
    Planner,
    Inspector,
    Supervisor,
    Admin,

    /// <summary>The unit's own link for the route's inspection (minted for the self-report).</summary>
    UnitLink,

    /// <summary>The unit's own link for the route's inspection, minted for another purpose (the draft's feedback).</summary>
    UnitLinkOtherPurpose,

    /// <summary>A genuine link of another unit, for another inspection.</summary>
    UnitLinkOtherUnit,

    /// <summary>The unit's own link, expired a minute ago.</summary>
    UnitLinkExpired,

    /// <summary>The unit's own link with its signature altered.</summary>
    UnitLinkTampered,
}

namespace MatTran.Inspections.Plans.Overlaps;

/// <summary>Why two planned visits burden the same unit.</summary>
public enum OverlapReason
{
    /// <summary>Both inspect the same unit.</summary>
    SameUnit,

    /// <summary>One visits the unit on site while inspecting its parent, the other inspects it (or visits it too).</summary>
    SiteVisit,
}

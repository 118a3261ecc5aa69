namespace MatTran.Inspections.Findings;

/// <summary>What a figure counts.</summary>
public enum FigureUnit
{
    /// <summary>A plain count (meetings, houses, documents…).</summary>
    Count,

    /// <summary>People (members, households' residents, union members).</summary>
    Members,

    /// <summary>An amount in Vietnamese đồng.</summary>
    Vnd,
}

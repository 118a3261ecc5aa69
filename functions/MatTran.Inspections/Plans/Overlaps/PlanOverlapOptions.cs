namespace MatTran.Inspections.Plans.Overlaps;

/// <summary>Configuration section <c>PlanOverlaps</c>: how close two visits of one unit must be to be reported.</summary>
public sealed class PlanOverlapOptions
{
    public const string SectionName = "PlanOverlaps";

    /// <summary>
    /// Two visits to the same unit at most this many calendar days apart are reported (key
    /// <c>PlanOverlaps:WindowDays</c>). Sixty days: a unit visited twice within two months is what "lồng ghép các đợt
    /// kiểm tra" asks the committees to avoid.
    /// </summary>
    public int WindowDays { get; set; } = 60;
}

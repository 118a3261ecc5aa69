using MatTran.Inspections.Units;

namespace MatTran.Inspections.Plans.Overlaps;

/// <summary>
/// Lồng ghép of two planned visits of one plan: the visit kept (<c>into</c>) absorbs the other. It keeps its unit, kind,
/// date, period and team lead, and takes the union of both visits' topics (each visit's own, else the plan's), members
/// and site visits; a merged visit of another unit becomes one of its site visits. Only visits of the same unit, or of a
/// unit under the kept visit's unit, can be merged: anything else would send one team to a unit it does not inspect.
/// </summary>
public static class VisitMerge
{
    /// <summary>Whether <paramref name="merged"/> can be folded into <paramref name="into"/>, given the unit tree.</summary>
    public static bool CanMerge(PlannedInspection into, PlannedInspection merged, UnitDirectory units)
    {
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(merged);
        ArgumentNullException.ThrowIfNull(units);
        return merged.UnitId == into.UnitId || units.IsDescendantOf(merged.UnitId, into.UnitId);
    }

    /// <summary>The kept visit after the merge; <paramref name="planTopics"/> stand for a visit without its own.</summary>
    public static PlannedInspection Combine(PlannedInspection into, PlannedInspection merged, IReadOnlyList<string> planTopics)
    {
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(merged);
        ArgumentNullException.ThrowIfNull(planTopics);
        var topics = Union(TopicsOf(into, planTopics), TopicsOf(merged, planTopics));
        var siteVisits = Union(into.SiteVisits, merged.UnitId == into.UnitId ? merged.SiteVisits : [merged.UnitId, .. merged.SiteVisits]);
        return into with
        {
            Members = Union(into.Members, merged.Members.Where(m => m != into.TeamLead).ToArray()),
            SiteVisits = siteVisits,
            // The plan's topics stay implicit (null) when the union adds nothing to them.
            Topics = topics.SequenceEqual(planTopics) ? null : topics,
        };
    }

    private static IReadOnlyList<string> TopicsOf(PlannedInspection visit, IReadOnlyList<string> planTopics) =>
        visit.Topics is { Count: > 0 } own ? own : planTopics;

    private static string[] Union(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
        [.. first.Concat(second).Distinct(StringComparer.Ordinal)];
}

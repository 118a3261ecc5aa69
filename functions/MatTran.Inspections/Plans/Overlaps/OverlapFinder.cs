namespace MatTran.Inspections.Plans.Overlaps;

/// <summary>
/// Finds the planned visits that burden one unit twice within a window. A visit touches its inspected unit and each
/// of its site visits (units under it the team also goes to); two visits overlap when they touch a common unit and
/// their dates are at most the window apart. The same inspected unit is <see cref="OverlapReason.SameUnit"/>; a unit
/// touched through a site visit on either side is <see cref="OverlapReason.SiteVisit"/> (the district inspected with
/// a commune on site, and that commune inspected on its own). Pure: the caller brings the visits.
/// </summary>
public static class OverlapFinder
{
    /// <summary>
    /// For each of <paramref name="visits"/>, the other visits among <paramref name="candidates"/> that overlap it,
    /// one warning per pair and shared unit preference (the inspected unit first). A visit is never compared with
    /// itself (same inspection id), so the checked plan's own visits may be among the candidates.
    /// </summary>
    public static IReadOnlyList<PlanOverlap> Find(IEnumerable<PlannedVisit> visits, IEnumerable<PlannedVisit> candidates, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(windowDays);

        // Index the candidates by every unit they touch, so a province's thousands of visits are not compared pairwise.
        var byUnit = new Dictionary<string, List<PlannedVisit>>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            foreach (var unit in Touched(candidate.Planned))
            {
                if (!byUnit.TryGetValue(unit, out var list))
                {
                    byUnit[unit] = list = [];
                }

                list.Add(candidate);
            }
        }

        var overlaps = new List<PlanOverlap>();
        foreach (var visit in visits)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var unit in Touched(visit.Planned))
            {
                if (!byUnit.TryGetValue(unit, out var others))
                {
                    continue;
                }

                foreach (var other in others)
                {
                    int days = Math.Abs(visit.Planned.VisitDate.DayNumber - other.Planned.VisitDate.DayNumber);
                    if (other.InspectionId == visit.InspectionId || days > windowDays || !seen.Add(other.InspectionId))
                    {
                        continue;
                    }

                    var reason = unit == visit.Planned.UnitId && unit == other.Planned.UnitId ? OverlapReason.SameUnit : OverlapReason.SiteVisit;
                    overlaps.Add(new PlanOverlap(
                        visit.InspectionId, visit.Planned.UnitId, visit.Planned.VisitDate,
                        other.PlanId, other.PlanNumber, other.InspectionId, other.Planned.UnitId, other.Planned.VisitDate,
                        unit, reason, days));
                }
            }
        }

        return [.. overlaps
            .OrderBy(o => o.InspectionId, StringComparer.Ordinal)
            .ThenBy(o => o.DaysApart)
            .ThenBy(o => o.OtherInspectionId, StringComparer.Ordinal)];
    }

    /// <summary>The inspected unit first, so a pair sharing it is reported as <see cref="OverlapReason.SameUnit"/>.</summary>
    private static IEnumerable<string> Touched(PlannedInspection planned) =>
        new[] { planned.UnitId }.Concat(planned.SiteVisits).Distinct(StringComparer.Ordinal);
}

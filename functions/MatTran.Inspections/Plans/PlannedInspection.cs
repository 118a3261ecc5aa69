using MatTran.Inspections.Inspections;

namespace MatTran.Inspections.Plans;

/// <summary>One line of an annual plan: who is inspected, how, when, over which period, by whom.</summary>
/// <param name="TeamLead">Trưởng đoàn, as named in the team decision (a position or a person).</param>
/// <param name="Members">Other team members (thành viên đoàn).</param>
/// <param name="Topics">This visit's own topics when they differ from the plan's (after a merge, the union of both visits'); null: the plan's.</param>
/// <param name="SiteVisits">Units under the inspected unit that the team also visits (e.g. a commune of the district).</param>
public sealed record PlannedInspection(
    string UnitId,
    InspectionKind Kind,
    DateOnly VisitDate,
    CoveredPeriod CoveredPeriod,
    string TeamLead,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> SiteVisits,
    IReadOnlyList<string>? Topics = null);

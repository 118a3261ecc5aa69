using MatTran.Inspections.Inspections;

namespace MatTran.Api.Plans;

/// <param name="Topics">The visit's topics: its own after a merge (lồng ghép), else the plan's.</param>
/// <param name="MergedInto">The visit this one was merged into; a merged visit is not launched.</param>
public sealed record PlanInspectionResponse(
    string Id,
    string UnitId,
    InspectionKind Kind,
    DateOnly VisitDate,
    CoveredPeriodRequest CoveredPeriod,
    string TeamLead,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> SiteVisits,
    InspectionStage Stage,
    IReadOnlyList<string> Topics,
    string? MergedInto);

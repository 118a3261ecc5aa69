using MatTran.Inspections.Inspections;

namespace MatTran.Api.Plans;

public sealed record PlanInspectionResponse(
    string Id,
    string UnitId,
    InspectionKind Kind,
    DateOnly VisitDate,
    CoveredPeriodRequest CoveredPeriod,
    string TeamLead,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> SiteVisits,
    InspectionStage Stage);

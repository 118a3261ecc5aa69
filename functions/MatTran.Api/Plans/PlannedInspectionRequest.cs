using MatTran.Inspections.Inspections;

namespace MatTran.Api.Plans;

/// <summary>Members are nullable so a missing value reaches the validator (and its error code) instead of a 400.</summary>
public sealed record PlannedInspectionRequest(
    string? UnitId,
    InspectionKind? Kind,
    DateOnly? VisitDate,
    CoveredPeriodRequest? CoveredPeriod,
    string? TeamLead,
    IReadOnlyList<string>? Members,
    IReadOnlyList<string>? SiteVisits,
    IReadOnlyList<string>? Topics = null);

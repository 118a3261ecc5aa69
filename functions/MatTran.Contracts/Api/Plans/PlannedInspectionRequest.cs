using MatTran.Inspections.Inspections;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Plans;

/// <summary>Members are nullable so a missing value reaches the validator (and its error code) instead of a 400.</summary>
public sealed record PlannedInspectionRequest(
    [property: TextLimit(TextLimits.Id, SingleLine = true)] string? UnitId,
    InspectionKind? Kind,
    DateOnly? VisitDate,
    CoveredPeriodRequest? CoveredPeriod,
    [property: TextLimit(TextLimits.PersonName, SingleLine = true)] string? TeamLead,
    [property: TextLimit(TextLimits.PersonName, SingleLine = true), MaxItems(TextLimits.MaxTeamMembers)] IReadOnlyList<string>? Members,
    [property: TextLimit(TextLimits.Id, SingleLine = true), MaxItems(TextLimits.MaxSiteVisits)] IReadOnlyList<string>? SiteVisits,
    [property: TextLimit(TextLimits.Topic, SingleLine = true), MaxItems(TextLimits.MaxTopics)] IReadOnlyList<string>? Topics = null);

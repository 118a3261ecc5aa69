namespace MatTran.Inspections.Plans.Overlaps;

/// <summary>
/// A warning that a visit of the checked plan and another planned visit (of any plan, any issuer, or of the same plan)
/// come to <paramref name="SharedUnitId"/> within the overlap window: a candidate for lồng ghép.
/// </summary>
/// <param name="DaysApart">Calendar days between the two visit dates (0: the same day).</param>
public sealed record PlanOverlap(
    string InspectionId,
    string UnitId,
    DateOnly VisitDate,
    string OtherPlanId,
    string OtherPlanNumber,
    string OtherInspectionId,
    string OtherUnitId,
    DateOnly OtherVisitDate,
    string SharedUnitId,
    OverlapReason Reason,
    int DaysApart);

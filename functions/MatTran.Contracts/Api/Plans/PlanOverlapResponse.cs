using MatTran.Inspections.Plans.Overlaps;

namespace MatTran.Api.Plans;

/// <summary>One overlap warning: a visit of this plan and another planned visit to <paramref name="SharedUnitId"/>.</summary>
/// <param name="Message">The warning in Vietnamese, naming the unit and the other plan's number.</param>
public sealed record PlanOverlapResponse(
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
    int DaysApart,
    string Message);

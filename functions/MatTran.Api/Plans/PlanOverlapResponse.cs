using MatTran.Inspections.Plans.Overlaps;
using MatTran.Inspections.Units;

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
    string Message)
{
    public static PlanOverlapResponse From(PlanOverlap overlap, UnitDirectory units)
    {
        ArgumentNullException.ThrowIfNull(overlap);
        ArgumentNullException.ThrowIfNull(units);
        string name = units.Find(overlap.SharedUnitId)?.Name ?? overlap.SharedUnitId;
        return new(
            overlap.InspectionId, overlap.UnitId, overlap.VisitDate, overlap.OtherPlanId, overlap.OtherPlanNumber,
            overlap.OtherInspectionId, overlap.OtherUnitId, overlap.OtherVisitDate, overlap.SharedUnitId, overlap.Reason,
            overlap.DaysApart, OverlapTexts.Warning(name, overlap.Reason, overlap.OtherPlanNumber, overlap.OtherVisitDate, overlap.DaysApart));
    }
}

using MatTran.Inspections.Plans.Overlaps;
using MatTran.Inspections.Units;

namespace MatTran.Api.Plans;

/// <summary>Builds the <see cref="PlanOverlapResponse"/> contract (kept out of the contract, which the web app shares).</summary>
internal static class PlanOverlapResponses
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

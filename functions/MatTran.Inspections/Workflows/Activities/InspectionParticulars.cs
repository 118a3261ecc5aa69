using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.Units;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>What a step needs to know about its inspection: the summary row, its plan, the unit and the plan's issuer.</summary>
internal sealed record InspectionParticulars(InspectionSummaryEntity Summary, StoredPlan Plan, Unit Unit, Unit Issuer)
{
    public DateOnly VisitDate => InspectionStore.ParseDate(Summary.VisitDate);
}

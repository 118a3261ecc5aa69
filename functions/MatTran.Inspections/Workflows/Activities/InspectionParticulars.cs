using MatTran.Inspections.Committees;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.Units;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>
/// What a step needs to know about its inspection: the summary row, its plan, the unit, the plan's issuer, the
/// issuer's staff directory (signers, team members' positions and mailboxes) and the unit tree (names of the units
/// recommendations are addressed to).
/// </summary>
internal sealed record InspectionParticulars(
    InspectionSummaryEntity Summary, StoredPlan Plan, Unit Unit, Unit Issuer, CommitteeDirectory Directory)
{
    public DateOnly VisitDate => InspectionStore.ParseDate(Summary.VisitDate);

    /// <summary>The team lead as the directory knows them (their mailbox, name and position), or null.</summary>
    public StaffMember? TeamLead => Directory.Find(Summary.TeamLead.Split(',')[0]);
}

using MatTran.Inspections.Inspections;

namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>Input of one Inspection orchestration; everything else is read by activities from the read model.</summary>
/// <param name="Clock">The plan's clock, inherited by the inspection's remediations and its follow-up.</param>
/// <param name="ParentInspectionId">For a follow-up (phúc tra): the inspection it follows up.</param>
public sealed record InspectionInput(
    string InspectionId,
    string PlanId,
    string UnitId,
    InspectionKind Kind,
    DateOnly VisitDate,
    PlanClock Clock,
    string? ParentInspectionId = null);

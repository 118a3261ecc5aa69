using MatTran.Inspections.Inspections;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>One inspection in a list: enough to find it and see where it stands.</summary>
/// <param name="ParentInspectionId">For a follow-up (phúc tra): the inspection it follows up.</param>
public sealed record InspectionSummary(
    string Id,
    string PlanId,
    string UnitId,
    InspectionKind Kind,
    InspectionStage Stage,
    DateOnly VisitDate,
    string? ParentInspectionId,
    DateTimeOffset UpdatedAt);

namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>Input of one Remediation orchestration: one recommendation of an approved conclusion.</summary>
/// <param name="Clock">The plan's clock, from the inspection.</param>
/// <param name="OpenedBy">Who approved the conclusion: the item's opening is recorded in their name when its workflow opens it.</param>
public sealed record RemediationInput(
    string RemediationId,
    string InspectionId,
    string PlanId,
    string UnitId,
    int RecommendationIndex,
    string Text,
    string Responsible,
    DateOnly DueDate,
    PlanClock Clock,
    string? OpenedBy = null,
    string? DepartmentId = null,
    string? AddresseeUnitId = null,
    string? OwnerStaffId = null);

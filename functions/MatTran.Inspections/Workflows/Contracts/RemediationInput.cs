namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>Input of one Remediation orchestration: one recommendation of an approved conclusion.</summary>
public sealed record RemediationInput(
    string RemediationId,
    string InspectionId,
    string PlanId,
    string UnitId,
    int RecommendationIndex,
    string Text,
    string Responsible,
    DateOnly DueDate);

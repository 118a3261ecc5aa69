using MatTran.Inspections.Findings;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Remediation;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>What the reports read of one inspection: its summary, the findings of its latest draft and its remediation items.</summary>
public sealed record InspectionReportRow(
    string Id,
    string PlanId,
    string UnitId,
    InspectionKind Kind,
    InspectionStage Stage,
    DateOnly VisitDate,
    string? ParentInspectionId,
    Rating? Rating,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RemediationItem> Remediations);

using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Units;

namespace MatTran.Api.Reports;

/// <summary>One engagement in the inspections export and in <c>GET /api/reports/…</c>'s <c>inspections</c>.</summary>
public sealed record ReportInspectionRow(
    string Id, string PlanId, string PlanNumber, string UnitId, string UnitName, UnitLevel? Level, InspectionKind Kind, InspectionStage Stage,
    DateOnly VisitDate, Rating? Rating, int Recommendations, string? ParentInspectionId);

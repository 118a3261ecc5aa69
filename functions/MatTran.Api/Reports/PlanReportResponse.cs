using MatTran.Inspections.Plans;
using MatTran.Inspections.Reports;

namespace MatTran.Api.Reports;

/// <summary>The record of one plan: which plan, then the figures (docs/api.md § Reports).</summary>
public sealed record PlanReportResponse(string PlanId, string Number, int Year, string IssuerUnitId, string Title, PlanStatus Status, ReportFigures Figures, IReadOnlyList<ReportInspectionRow> Inspections);

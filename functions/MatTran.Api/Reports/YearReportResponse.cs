using MatTran.Inspections.Reports;

namespace MatTran.Api.Reports;

/// <summary>The record of one issuer's year: its plans, then the figures over all of them.</summary>
public sealed record YearReportResponse(int Year, string IssuerUnitId, string IssuerName, IReadOnlyList<ReportPlanRef> Plans, ReportFigures Figures, IReadOnlyList<ReportInspectionRow> Inspections);

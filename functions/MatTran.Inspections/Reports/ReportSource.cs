using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;

namespace MatTran.Inspections.Reports;

/// <summary>One plan and the workflow data of its inspections, as the report builder reads them.</summary>
public sealed record ReportSource(StoredPlan Plan, IReadOnlyList<InspectionReportRow> Inspections);

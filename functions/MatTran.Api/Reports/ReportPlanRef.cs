using MatTran.Inspections.Plans;

namespace MatTran.Api.Reports;

public sealed record ReportPlanRef(string Id, string Number, string Title, PlanStatus Status);

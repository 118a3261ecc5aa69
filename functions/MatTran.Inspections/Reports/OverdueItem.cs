namespace MatTran.Inspections.Reports;

/// <summary>A remediation item past its due date without an accepted or pending report, as of the report's day.</summary>
public sealed record OverdueItem(string RemediationId, string InspectionId, string UnitId, string UnitName, string Text, string Responsible, DateOnly DueDate, int DaysOverdue);

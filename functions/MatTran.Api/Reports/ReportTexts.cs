namespace MatTran.Api.Reports;

/// <summary>Vietnamese messages of the reports API.</summary>
public static class ReportTexts
{
    public const string DatasetInvalid = "Tham số dataset phải là inspections, remediations hoặc summary.";
    public const string FormatInvalid = "Tham số format phải là csv hoặc xlsx.";
    public const string StatusInvalid = "Trạng thái phải là Open, Reported, Accepted, Rejected hoặc Overdue.";
}

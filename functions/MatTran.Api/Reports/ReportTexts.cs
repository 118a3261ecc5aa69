namespace MatTran.Api.Reports;

/// <summary>Vietnamese messages of the reports API.</summary>
public static class ReportTexts
{
    public const string DatasetInvalid = "Tham số dataset phải là inspections, remediations hoặc summary.";
    public const string FormatInvalid = "Tham số format phải là csv hoặc xlsx.";
    public const string UnitFilterInvalid = "Mã đơn vị không hợp lệ: chỉ gồm chữ cái không dấu, chữ số, dấu gạch dưới và dấu gạch ngang, tối đa 64 ký tự.";
    public const string DepartmentFilterInvalid = "Mã ban không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa 64 ký tự.";
    public const string StatusInvalid = "Trạng thái phải là Open, Reported, Accepted, Rejected hoặc Overdue.";
}

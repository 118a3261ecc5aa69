namespace MatTran.Inspections.Reports;

/// <summary>Recommendations addressed to one department of the committee or to one unit, and how many are accepted or overdue.</summary>
/// <param name="Kind">"Department" or "Unit"; "Other" for a responsible party named only in text.</param>
public sealed record AddresseeFigures(string Kind, string? Id, string Name, int Total, int Accepted, int Overdue);

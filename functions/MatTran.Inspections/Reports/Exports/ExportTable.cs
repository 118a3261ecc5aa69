namespace MatTran.Inspections.Reports.Exports;

/// <summary>One exported data set: a sheet name, the column headers (Vietnamese) and the rows, as the API lists them.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

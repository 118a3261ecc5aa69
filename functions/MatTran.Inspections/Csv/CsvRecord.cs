namespace MatTran.Inspections.Csv;

/// <summary>One CSV record and the 1-based line it starts on (a quoted field may span lines).</summary>
public sealed record CsvRecord(int LineNumber, IReadOnlyList<string> Fields);

namespace MatTran.Inspections.Csv;

public sealed record CsvReadResult(IReadOnlyList<CsvRecord> Records, IReadOnlyList<CsvSyntaxError> Errors);

namespace MatTran.Inspections.Csv;

/// <summary>A record that could not be read; the reader skips it and carries on with the next line.</summary>
public sealed record CsvSyntaxError(int LineNumber, CsvSyntaxErrorKind Kind);

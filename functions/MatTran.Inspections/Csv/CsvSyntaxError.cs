namespace MatTran.Inspections.Csv;

/// <summary>A record that could not be read, at the line it starts on; it is left out of the records.</summary>
public sealed record CsvSyntaxError(int LineNumber, CsvSyntaxErrorKind Kind);

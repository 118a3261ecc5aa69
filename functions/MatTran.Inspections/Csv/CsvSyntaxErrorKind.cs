namespace MatTran.Inspections.Csv;

public enum CsvSyntaxErrorKind
{
    /// <summary>A quoted field runs to the end of the text.</summary>
    UnterminatedQuote,

    /// <summary>A quote inside an unquoted field, or text after a closing quote.</summary>
    StrayQuote,
}

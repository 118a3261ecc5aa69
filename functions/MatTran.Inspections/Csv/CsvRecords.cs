using CsvHelper;

namespace MatTran.Inspections.Csv;

/// <summary>
/// Reads a comma-separated UTF-8 file (RFC 4180; a UTF-8 byte order mark is skipped) with CsvHelper into records that
/// carry the line they start on, so every message can name the line a user sees in a text editor — quoted fields may
/// span lines. Completely empty lines are skipped. A record with broken quoting is reported with its line and left
/// out, never silently repaired, so an import that has one is refused as a whole.
/// </summary>
public static class CsvRecords
{
    public static CsvReadResult Read(ReadOnlyMemory<byte> utf8)
    {
        var errors = new List<CsvSyntaxError>();
        var options = new CsvReaderOptions
        {
            // Never detected: a file whose names hold semicolons must not be split on them.
            Separator = ',',
            Mode = CsvMode.Rfc4180,
            HasHeader = false,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = malformed => errors.Add(new CsvSyntaxError(checked((int)malformed.LineNumber), Kind(malformed.Reason))),
            // Field values may be personal data (names, addresses): they stay out of exception messages and logs.
            IncludeValuesInExceptions = false,
        };
        var records = new List<CsvRecord>();
        using var reader = CsvReader.Create(utf8, options);
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            records.Add(new CsvRecord(checked((int)reader.LineNumber), fields));
        }

        return new CsvReadResult(records, errors);
    }

    private static CsvSyntaxErrorKind Kind(CsvMalformedReason reason) =>
        reason == CsvMalformedReason.UnterminatedQuote ? CsvSyntaxErrorKind.UnterminatedQuote : CsvSyntaxErrorKind.StrayQuote;
}

using System.Text;

namespace MatTran.Inspections.Csv;

/// <summary>
/// A small RFC 4180 reader: comma separator, fields optionally in double quotes, "" for a quote inside a
/// quoted field, quoted fields may hold commas and line breaks, CRLF or LF line ends, a leading UTF-8 BOM
/// ignored, blank lines skipped. Chosen over CsvHelper, which is not among the pinned packages and
/// would be a whole dependency for a five-column import.
/// </summary>
public static class Rfc4180Reader
{
    private const char Quote = '"';
    private const char Separator = ',';

    public static CsvReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<CsvRecord>();
        var errors = new List<CsvSyntaxError>();
        int position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int line = 1;

        while (position < text.Length)
        {
            int recordLine = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            CsvSyntaxErrorKind? error = null;
            bool endOfRecord = false;

            while (!endOfRecord && error is null)
            {
                field.Clear();
                if (position < text.Length && text[position] == Quote)
                {
                    position++;
                    bool closed = false;
                    while (position < text.Length)
                    {
                        char c = text[position];
                        if (c == Quote)
                        {
                            if (position + 1 < text.Length && text[position + 1] == Quote)
                            {
                                field.Append(Quote);
                                position += 2;
                                continue;
                            }

                            position++;
                            closed = true;
                            break;
                        }

                        if (c == '\n')
                        {
                            line++;
                        }

                        field.Append(c);
                        position++;
                    }

                    if (!closed)
                    {
                        error = CsvSyntaxErrorKind.UnterminatedQuote;
                        break;
                    }

                    if (position < text.Length && !IsFieldEnd(text, position))
                    {
                        error = CsvSyntaxErrorKind.StrayQuote;
                        break;
                    }
                }
                else
                {
                    while (position < text.Length && !IsFieldEnd(text, position))
                    {
                        if (text[position] == Quote)
                        {
                            error = CsvSyntaxErrorKind.StrayQuote;
                            break;
                        }

                        field.Append(text[position]);
                        position++;
                    }

                    if (error is not null)
                    {
                        break;
                    }
                }

                fields.Add(field.ToString());
                endOfRecord = !ConsumeSeparator(text, ref position, ref line);
            }

            if (error is { } kind)
            {
                errors.Add(new CsvSyntaxError(recordLine, kind));
                SkipToNextLine(text, ref position, ref line);
                continue;
            }

            bool blankLine = fields.Count == 1 && fields[0].Length == 0;
            if (!blankLine)
            {
                records.Add(new CsvRecord(recordLine, fields));
            }
        }

        return new CsvReadResult(records, errors);
    }

    private static bool IsFieldEnd(string text, int position) => text[position] is Separator or '\r' or '\n';

    /// <summary>Steps over the character ending a field; returns true when another field of the same record follows.</summary>
    private static bool ConsumeSeparator(string text, ref int position, ref int line)
    {
        if (position >= text.Length)
        {
            return false;
        }

        if (text[position] == Separator)
        {
            position++;
            return true;
        }

        if (text[position] == '\r')
        {
            position++;
        }

        if (position < text.Length && text[position] == '\n')
        {
            position++;
        }

        line++;
        return false;
    }

    private static void SkipToNextLine(string text, ref int position, ref int line)
    {
        while (position < text.Length && text[position] != '\n')
        {
            position++;
        }

        if (position < text.Length)
        {
            position++;
            line++;
        }
    }
}

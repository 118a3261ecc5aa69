using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;
using MatTran.Inspections.Csv;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Units;

/// <summary>
/// Reads the units import (<c>id,name,level,parentId,email</c>) and checks it as a whole: every problem is
/// reported with its line number so the user can fix the file in one pass. Fields are trimmed. A parent
/// may be another row of the file or an already known unit.
/// </summary>
public static partial class UnitsCsvParser
{
    private static readonly string[] Header = ["id", "name", "level", "parentId", "email"];

    // What spreadsheets take as the start of a formula (tab and CR cannot begin a trimmed single-line cell).
    private static readonly char[] FormulaPrefixes = ['=', '+', '-', '@'];

    /// <summary>The file as text (a leading byte order mark is skipped); see <see cref="Parse(ReadOnlyMemory{byte}, UnitDirectory?)"/>.</summary>
    public static UnitsCsvResult Parse(string text, UnitDirectory? knownUnits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(Encoding.UTF8.GetBytes(text), knownUnits);
    }

    /// <summary>The file as uploaded: UTF-8, with or without a byte order mark.</summary>
    public static UnitsCsvResult Parse(ReadOnlyMemory<byte> utf8, UnitDirectory? knownUnits = null)
    {
        var builder = new ValidationResultBuilder();
        var read = CsvRecords.Read(utf8);
        foreach (var syntax in read.Errors)
        {
            string message = syntax.Kind == CsvSyntaxErrorKind.UnterminatedQuote ? UnitTexts.CsvUnterminatedQuote : UnitTexts.CsvStrayQuote;
            builder.Error(ValidationCodes.UnitsCsvMalformed, LineField(syntax.LineNumber), UnitTexts.Line(syntax.LineNumber, message));
        }

        if (read.Records.Count == 0)
        {
            builder.Error(ValidationCodes.UnitsCsvEmpty, "csv", UnitTexts.CsvEmpty);
            return new UnitsCsvResult([], builder.Build());
        }

        var header = read.Records[0];
        if (!header.Fields.Select(f => f.Trim()).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
        {
            builder.Error(ValidationCodes.UnitsCsvHeaderInvalid, LineField(header.LineNumber), UnitTexts.Line(header.LineNumber, UnitTexts.CsvHeaderInvalid));
            return new UnitsCsvResult([], builder.Build());
        }

        var units = new List<Unit>();
        var lineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in read.Records.Skip(1))
        {
            if (ReadUnit(record, builder, lineOfId) is { } unit)
            {
                units.Add(unit);
            }
        }

        CheckParents(units, lineOfId, knownUnits, builder);
        return new UnitsCsvResult(builder.HasErrors ? [] : units, builder.Build());
    }

    private static Unit? ReadUnit(CsvRecord record, ValidationResultBuilder builder, Dictionary<string, int> lineOfId)
    {
        int line = record.LineNumber;
        if (record.Fields.Count != Header.Length)
        {
            builder.Error(ValidationCodes.UnitsCsvColumnCount, LineField(line), UnitTexts.Line(line, UnitTexts.CsvColumnCount(record.Fields.Count)));
            return null;
        }

        // Stored as every text from outside is, in normalisation form C (TextRules.Normalize).
        string Cell(int index) => TextRules.Normalize(record.Fields[index].Trim())!;
        string id = Cell(0);
        string name = Cell(1);
        string levelText = Cell(2);
        string parentId = Cell(3);
        string email = Cell(4);

        // The edge check every text from outside passes (TextRules): a cell that cannot be stored fails its line alone.
        string Decorate(string message) => UnitTexts.Line(line, message);
        string Field(string column) => FieldPath.Member(LineField(line), column);
        bool storable = TextRules.Check(builder, Field("id"), id, TextLimits.Id, singleLine: true, Decorate)
            & TextRules.Check(builder, Field("name"), name, TextLimits.UnitName, singleLine: true, Decorate)
            & TextRules.Check(builder, Field("level"), levelText, TextLimits.Id, singleLine: true, Decorate)
            & TextRules.Check(builder, Field("parentId"), parentId, TextLimits.Id, singleLine: true, Decorate)
            & TextRules.Check(builder, Field("email"), email, TextLimits.Email, singleLine: true, Decorate);
        if (!storable)
        {
            return null;
        }

        bool ok = true;

        if (id.Length == 0)
        {
            ok = Fail(builder, ValidationCodes.UnitIdRequired, line, "id", UnitTexts.IdRequired);
        }
        else if (!UnitIds.IsValid(id))
        {
            ok = Fail(builder, ValidationCodes.UnitIdInvalid, line, "id", UnitTexts.IdInvalid);
        }
        else if (lineOfId.TryGetValue(id, out int firstLine))
        {
            ok = Fail(builder, ValidationCodes.UnitIdDuplicate, line, "id", UnitTexts.IdDuplicate(id, firstLine));
        }
        else
        {
            lineOfId.Add(id, line);
        }

        if (name.Length == 0)
        {
            ok = Fail(builder, ValidationCodes.UnitNameRequired, line, "name", UnitTexts.NameRequired);
        }
        else if (FormulaPrefixes.Contains(name[0]))
        {
            // A spreadsheet opening any export of this name would run it as a formula ("=cmd|' /C calc'!A0"); no
            // unit's name starts so, so the line is refused rather than stored and escaped at every export.
            ok = Fail(builder, ValidationCodes.UnitNameFormula, line, "name", UnitTexts.NameFormula);
        }

        // Enum.TryParse would also accept numbers ("2") and combined names; only the declared names are valid.
        UnitLevel level = default;
        if (!Enum.GetNames<UnitLevel>().Contains(levelText, StringComparer.OrdinalIgnoreCase) || !Enum.TryParse(levelText, ignoreCase: true, out level))
        {
            ok = Fail(builder, ValidationCodes.UnitLevelInvalid, line, "level", UnitTexts.LevelInvalid(levelText));
        }

        if (email.Length > 0 && !IsEmail(email))
        {
            ok = Fail(builder, ValidationCodes.UnitEmailInvalid, line, "email", UnitTexts.EmailInvalid(email));
        }

        return ok ? new Unit(id, name, level, parentId.Length == 0 ? null : parentId, email.Length == 0 ? null : email) : null;
    }

    private static void CheckParents(List<Unit> units, Dictionary<string, int> lineOfId, UnitDirectory? knownUnits, ValidationResultBuilder builder)
    {
        var parentOf = units.ToDictionary(u => u.Id, u => u.ParentId, StringComparer.Ordinal);
        foreach (var unit in units)
        {
            int line = lineOfId[unit.Id];
            if (unit.ParentId is not { } parentId)
            {
                continue;
            }

            if (parentId == unit.Id)
            {
                Fail(builder, ValidationCodes.UnitParentSelf, line, "parentId", UnitTexts.ParentSelf);
            }
            else if (!lineOfId.ContainsKey(parentId) && knownUnits?.Contains(parentId) != true)
            {
                Fail(builder, ValidationCodes.UnitParentUnknown, line, "parentId", UnitTexts.ParentUnknown(parentId));
            }
            else if (LeadsBackTo(unit.Id, parentOf))
            {
                Fail(builder, ValidationCodes.UnitParentCycle, line, "parentId", UnitTexts.ParentCycle(unit.Id));
            }
        }
    }

    private static bool LeadsBackTo(string id, Dictionary<string, string?> parentOf)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? current = parentOf[id];
        while (current is not null && parentOf.TryGetValue(current, out var next))
        {
            if (current == id)
            {
                return true;
            }

            if (!seen.Add(current))
            {
                return false;
            }

            current = next;
        }

        return false;
    }

    private static bool IsEmail(string email) =>
        EmailPattern().IsMatch(email) && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email;

    private static bool Fail(ValidationResultBuilder builder, string code, int line, string column, string message)
    {
        builder.Error(code, FieldPath.Member(LineField(line), column), UnitTexts.Line(line, message));
        return false;
    }

    private static string LineField(int line) => FieldPath.Item("lines", line);

    // MailAddress alone accepts display names and quoted local parts; a unit mailbox is a plain address.
    [GeneratedRegex(@"^[^@\s""<>(),;:]+@[^@\s""<>(),;:]+\.[^@\s""<>(),;:]+$")]
    private static partial Regex EmailPattern();
}

using System.Globalization;
using System.Text;

namespace MatTran.AzureStorage.Tables;

/// <summary>
/// Turns a CLR value into an OData literal for a <c>$filter</c>, so that a value can never change the shape of the
/// query: strings are quoted with embedded quotes doubled; the other types have literal forms without quotes to break.
/// </summary>
internal static class TableODataLiteral
{
    public static string Format(object? value) => value switch
    {
        null => throw new ArgumentException(
            "A null filter value has no OData literal; compare with an explicit value or leave the clause out.", nameof(value)),
        string s => Quote(s),
        char c => Quote(c.ToString()),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d when double.IsFinite(d) => FormatDouble(d),
        DateTimeOffset dto => "datetime'" + TableEdm.FormatDateTime(dto) + "'",
        DateTime dt => "datetime'" + TableEdm.FormatDateTime(dt) + "'",
        Guid g => "guid'" + g.ToString("D") + "'",
        byte[] bytes => "X'" + Convert.ToHexStringLower(bytes) + "'",
        BinaryData data => "X'" + Convert.ToHexStringLower(data.ToMemory().Span) + "'",
        Enum e => Quote(e.ToString()),
        _ => throw new ArgumentException(
            $"A {value.GetType().Name} cannot be used in a table filter; use string, bool, int, long, double, " +
            "DateTimeOffset, DateTime, Guid, byte[] or BinaryData.", nameof(value)),
    };

    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>An integral double keeps a decimal point so the literal stays a Double, not an Int32.</summary>
    private static string FormatDouble(double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny(".Ee") < 0 ? text + ".0" : text;
    }

    /// <summary>Fills the filter's placeholders with literals; the format text itself is the caller's own code.</summary>
    public static string FormatFilter(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        object?[] arguments = filter.GetArguments();
        var literals = new object[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            literals[i] = new Literal(Format(arguments[i]));
        }

        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }

    // A placeholder's format specifier (e.g. {x:N2}) must not reformat an already escaped literal.
    private sealed class Literal(string text) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) => text;

        public override string ToString() => text;
    }
}

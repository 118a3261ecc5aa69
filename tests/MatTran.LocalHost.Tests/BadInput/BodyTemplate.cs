using System.Globalization;
using System.Text.RegularExpressions;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// Short spellings of big bodies in a test's data row: <c>&lt;501*a&gt;</c> is 501 times "a", <c>&lt;21,"t"&gt;</c> 21
/// times <c>"t"</c> joined by commas (a JSON list of 21 items).
/// </summary>
internal static partial class BodyTemplate
{
    public static string Expand(string template) => Repeat().Replace(template, m =>
    {
        int count = int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture);
        string text = m.Groups["text"].Value;
        return string.Join(m.Groups["join"].Value == "," ? "," : string.Empty, Enumerable.Repeat(text, count));
    });

    [GeneratedRegex(@"<(?<count>\d+)(?<join>[*,])(?<text>[^<>]*)>")]
    private static partial Regex Repeat();
}

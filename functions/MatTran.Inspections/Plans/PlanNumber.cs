using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MatTran.Inspections.Plans;

/// <summary>
/// The number and symbol of a plan as Decree 30/2020/NĐ-CP writes it: "{số}/KH-{issuer symbol}",
/// e.g. "325/KH-MTTQ-BTT". The issuer symbol is upper-case letters (Đ included) and digits in dash-separated parts.
/// </summary>
public sealed partial record PlanNumber(int Sequence, string IssuerSymbol)
{
    public const string TypeAbbreviation = "KH";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sequence}/{TypeAbbreviation}-{IssuerSymbol}");

    public static bool TryParse(string? text, [NotNullWhen(true)] out PlanNumber? number)
    {
        number = null;
        if (text is null)
        {
            return false;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success || !int.TryParse(match.Groups["seq"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int sequence) || sequence == 0)
        {
            return false;
        }

        number = new PlanNumber(sequence, match.Groups["symbol"].Value);
        return true;
    }

    [GeneratedRegex(@"^(?<seq>[0-9]{1,6})/KH-(?<symbol>[\p{Lu}0-9]+(?:-[\p{Lu}0-9]+)*)$")]
    private static partial Regex Pattern();
}

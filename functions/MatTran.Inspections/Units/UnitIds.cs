using System.Text.RegularExpressions;

namespace MatTran.Inspections.Units;

/// <summary>
/// What a unit id may be (the units CSV's <c>id</c> rule): ASCII letters, digits, <c>_</c> and <c>-</c>, 1–64 long. Ids
/// are table keys and URL segments, and a query naming a unit by anything else can only be a mistake or a probe.
/// </summary>
public static partial class UnitIds
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex Pattern();
}

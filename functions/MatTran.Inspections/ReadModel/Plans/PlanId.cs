using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>
/// A plan's id, <c>{issuerUnitId}.{year}.{12 hex}</c>. It names the plan's partition (issuer and year), so a plan, its
/// inspections and its number's uniqueness row share one partition and are written in entity-group transactions, and a
/// plan is read by id without a lookup. Unit ids never contain '.', so the three parts split unambiguously.
/// </summary>
public sealed record PlanId(string IssuerUnitId, int Year, string Suffix)
{
    public static PlanId New(string issuerUnitId, int year) =>
        new(issuerUnitId, year, Guid.NewGuid().ToString("N")[..12]);

    public string PartitionKey => string.Create(CultureInfo.InvariantCulture, $"{TableKeyEncoder.Encode(IssuerUnitId)}|{Year}");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{IssuerUnitId}.{Year}.{Suffix}");

    public static bool TryParse(string? text, [NotNullWhen(true)] out PlanId? id)
    {
        id = null;
        string[] parts = text?.Split('.') ?? [];
        if (parts.Length != 3 || parts[0].Length == 0 || parts[2].Length != 12 ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int year) ||
            !parts[2].All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        id = new PlanId(parts[0], year, parts[2]);
        return true;
    }
}

using MatTran.Inspections.Documents;
using MatTran.Inspections.Plans;
using MatTran.Inspections.Units;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>
/// The issuing body of an inspection's documents: the standing board (Ban Thường trực) of the committee that issued
/// the plan, with the plan number's issuer symbol ("325/KH-MTTQ-BTT" → "MTTQ-BTT") so its documents are numbered
/// like the plan.
/// </summary>
public static class StandingBoardIssuer
{
    public const string Body = "BAN THƯỜNG TRỰC";

    private static readonly string[] PlaceMarkers = ["thành phố ", "thị xã ", "thị trấn ", "tỉnh ", "huyện ", "quận ", "xã ", "phường "];

    public static DocumentIssuer For(Unit issuer, string planNumber)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        string symbol = PlanNumber.TryParse(planNumber, out var parsed) ? parsed.IssuerSymbol : "MTTQ-BTT";
        return new DocumentIssuer(issuer.Id, issuer.Name.ToUpperInvariant(), Body, "Ban Thường trực " + issuer.Name, symbol, Place(issuer.Name));
    }

    /// <summary>The place name in a committee's name: "Ủy ban MTTQ Việt Nam tỉnh Cao Bằng" → "Cao Bằng".</summary>
    public static string Place(string unitName)
    {
        ArgumentNullException.ThrowIfNull(unitName);
        foreach (string marker in PlaceMarkers)
        {
            int at = unitName.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at + marker.Length < unitName.Length)
            {
                return unitName[(at + marker.Length)..].Trim();
            }
        }

        return unitName.Trim();
    }
}

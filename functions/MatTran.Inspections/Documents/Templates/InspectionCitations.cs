using System.Globalization;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Formatting;
using MatTran.Inspections.Inspections;

namespace MatTran.Inspections.Documents.Templates;

/// <summary>Sentence fragments several templates share: cited documents, team lines, findings with figures.</summary>
internal static class InspectionCitations
{
    public static string Plan(DocumentReference plan, DocumentIssuer issuer) =>
        Format(InspectionDocumentTexts.PlanCitationPattern, plan.Number, VietnameseFormat.Date(plan.Date), issuer.FullName, plan.About);

    public static string Decision(DocumentReference decision, InspectionKind kind) =>
        Format(InspectionDocumentTexts.DecisionCitationPattern,
            decision.Number, VietnameseFormat.Date(decision.Date), InspectionDocumentTexts.ActivityNoun(kind));

    /// <summary>Members lead first, as decisions list them; the order among equals is the caller's.</summary>
    public static IEnumerable<BodyParagraph> Team(IReadOnlyList<TeamMemberLine> team) =>
        team.OrderBy(member => member.Role)
            .Select(member => BodyParagraph.Bullet(Format(InspectionDocumentTexts.TeamMemberPattern,
                member.Name, member.Position, InspectionDocumentTexts.Role(member.Role))));

    /// <summary>The finding text followed by its figures, each as "label: 7.955.058.171 đồng".</summary>
    public static string FindingWithFigures(Finding finding)
    {
        if (finding.Figures.Count == 0)
        {
            return finding.Text;
        }

        string trimmed = finding.Text.TrimEnd().TrimEnd('.', ';');
        return trimmed + "; " + string.Join("; ", finding.Figures.Select(FigureFormatter.Format)) + ".";
    }

    public static string Format(string pattern, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, pattern, values);
}

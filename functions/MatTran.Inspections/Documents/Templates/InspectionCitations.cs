using System.Globalization;

namespace MatTran.Inspections.Documents.Templates;

/// <summary>Sentence fragments several templates share: cited documents, team lines, figures.</summary>
internal static class InspectionCitations
{
    public static string Plan(DocumentReference plan, DocumentIssuer issuer) =>
        Format(InspectionDocumentTexts.PlanCitationPattern, plan.Number, DocumentValueFormat.Date(plan.Date), issuer.FullName, plan.About);

    public static string Decision(DocumentReference decision, DocumentActivity activity) =>
        Format(InspectionDocumentTexts.DecisionCitationPattern,
            decision.Number, DocumentValueFormat.Date(decision.Date), InspectionDocumentTexts.ActivityNoun(activity));

    /// <summary>Members lead first, as decisions list them; the order among equals is the caller's.</summary>
    public static IEnumerable<BodyParagraph> Team(IReadOnlyList<TeamMemberLine> team) =>
        team.OrderBy(member => member.Role)
            .Select(member => BodyParagraph.Bullet(Format(InspectionDocumentTexts.TeamMemberPattern,
                member.Name, member.Position, InspectionDocumentTexts.Role(member.Role))));

    /// <summary>The finding text followed by its figures, each as "label: 1.234 unit".</summary>
    public static string FindingWithFigures(string text, IReadOnlyList<DocumentFigure> figures)
    {
        if (figures.Count == 0)
        {
            return text;
        }

        string trimmed = text.TrimEnd().TrimEnd('.', ';');
        return trimmed + "; " + string.Join("; ", figures.Select(DocumentValueFormat.Figure)) + ".";
    }

    public static string Format(string pattern, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, pattern, values);
}

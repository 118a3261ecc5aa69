using MatTran.Inspections.Formatting;
using static MatTran.Inspections.Documents.Templates.InspectionCitations;
using T = MatTran.Inspections.Documents.Templates.InspectionDocumentTexts;

namespace MatTran.Inspections.Documents.Templates;

/// <summary>Quyết định thành lập Đoàn kiểm tra: legal bases, "QUYẾT ĐỊNH:", Điều 1 (members), Điều 2 (task), Điều 3.</summary>
public static class TeamDecisionTemplate
{
    public static OfficialDocument Build(DocumentIssue issue, InspectionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(facts);
        if (issue.Number.Type != DocumentType.Decision)
        {
            throw new ArgumentException($"A team decision needs a {DocumentType.Decision} number, not {issue.Number.Type}.", nameof(issue));
        }

        string activity = T.ActivityNoun(facts.Kind);
        var body = new List<BodyParagraph> { BodyParagraph.Centered(issue.Issuer.FullName.ToUpperInvariant()) };
        body.AddRange(T.TeamDecisionLegalBases.Select(basis => new BodyParagraph(basis)));
        body.Add(new BodyParagraph(Format(T.TeamDecisionPlanBasis, Plan(facts.Plan, issue.Issuer))));
        body.Add(BodyParagraph.Centered(T.TeamDecisionOperative));
        body.Add(new BodyParagraph(Format(T.Article1Text, activity, issue.Issuer.FullName, facts.UnitName), Lead: T.Article1));
        body.AddRange(Team(facts.Team));
        body.Add(new BodyParagraph(
            Format(T.Article2Text, activity, string.Join("; ", facts.Topics),
                VietnameseFormat.MonthYear(facts.CoveredFrom), VietnameseFormat.MonthYear(facts.CoveredTo),
                VietnameseFormat.Date(facts.VisitDate)),
            Lead: T.Article2));
        body.Add(new BodyParagraph(Format(T.Article3Text, facts.UnitName), Lead: T.Article3));

        return new OfficialDocument
        {
            Issuer = issue.Issuer,
            Number = issue.Number,
            Place = issue.Issuer.Place,
            Date = issue.Date,
            Subtitle = Format(T.TeamDecisionSubtitle, activity, facts.UnitName),
            Body = body,
            Recipients = [T.AsArticle3, .. issue.Recipients],
            Signature = issue.Signature,
        };
    }
}

using MatTran.Inspections.Findings;
using MatTran.Inspections.Formatting;
using static MatTran.Inspections.Documents.Templates.InspectionCitations;
using T = MatTran.Inspections.Documents.Templates.InspectionDocumentTexts;

namespace MatTran.Inspections.Documents.Templates;

/// <summary>
/// Dự thảo báo cáo kết quả kiểm tra (giám sát, phúc tra), sent to the unit for its explanation: marked "DỰ THẢO" and
/// unnumbered (a number is taken only when a document is issued), then the team's draft text and the findings by type
/// and topic as in the conclusion, and the request for the unit's explanation by its deadline.
/// </summary>
public static class DraftReportTemplate
{
    public static OfficialDocument Build(DocumentIssue issue, InspectionFacts facts, int revision, string draftText, IReadOnlyList<Finding> findings, DateOnly feedbackDue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(findings);
        string activity = T.ActivityNoun(facts.Kind);
        var body = new List<BodyParagraph>
        {
            new(Format(T.DraftOpening, Plan(facts.Plan, issue.Issuer), VietnameseFormat.Date(facts.VisitDate), activity, facts.UnitName)),
        };
        body.AddRange(draftText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => new BodyParagraph(line)));
        foreach (var (type, heading) in new[] { (FindingType.Achievement, T.AchievementsHeading), (FindingType.Limitation, T.LimitationsHeading), (FindingType.Cause, T.CausesHeading) })
        {
            body.Add(BodyParagraph.Heading(heading));
            var ofType = findings.Where(f => f.Type == type).ToList();
            if (ofType.Count == 0)
            {
                body.Add(new BodyParagraph(T.NoneFound));
            }

            foreach (var topic in ofType.GroupBy(f => f.Topic, StringComparer.Ordinal))
            {
                body.Add(new BodyParagraph(topic.Key, BodyParagraphStyle.Heading));
                body.AddRange(topic.Select(f => BodyParagraph.Bullet(FindingWithFigures(f))));
            }
        }

        body.Add(new BodyParagraph(Format(T.DraftFeedbackRequest, facts.UnitName, VietnameseFormat.Date(feedbackDue), revision)));

        return new OfficialDocument
        {
            Issuer = issue.Issuer,
            Number = issue.Number,
            Place = issue.Issuer.Place,
            Date = issue.Date,
            Subtitle = Format(T.DraftSubtitle, activity, facts.UnitName),
            Body = body,
            Recipients = [facts.UnitName, .. issue.Recipients],
            Signature = issue.Signature,
            IsDraft = true,
        };
    }
}

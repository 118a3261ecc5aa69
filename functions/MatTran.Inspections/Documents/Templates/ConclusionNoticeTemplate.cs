using System.Globalization;
using static MatTran.Inspections.Documents.Templates.InspectionCitations;
using T = MatTran.Inspections.Documents.Templates.InspectionDocumentTexts;

namespace MatTran.Inspections.Documents.Templates;

/// <summary>
/// Thông báo kết luận kiểm tra: opening citation, I. achievements, II. limitations, III. causes (each grouped by
/// topic, figures in Vietnamese number format), IV. recommendations with responsible party and deadline, V. rating.
/// </summary>
public static class ConclusionNoticeTemplate
{
    public static OfficialDocument Build(DocumentIssue issue, InspectionFacts facts, ConclusionContent conclusion)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(conclusion);
        if (issue.Number.Type != DocumentType.Notice)
        {
            throw new ArgumentException($"A conclusion notice needs a {DocumentType.Notice} number, not {issue.Number.Type}.", nameof(issue));
        }

        string activity = T.ActivityNoun(facts.Activity);
        var body = new List<BodyParagraph>
        {
            new(Format(T.ConclusionOpening, Plan(facts.Plan, issue.Issuer), Decision(conclusion.TeamDecision, facts.Activity),
                DocumentValueFormat.Date(facts.VisitDate), activity, facts.UnitName, issue.Issuer.FullName)),
        };
        AddFindingSection(body, T.AchievementsHeading, conclusion.Achievements);
        AddFindingSection(body, T.LimitationsHeading, conclusion.Limitations);
        AddFindingSection(body, T.CausesHeading, conclusion.Causes);

        body.Add(BodyParagraph.Heading(T.RecommendationsHeading));
        if (conclusion.Recommendations.Count == 0)
        {
            body.Add(new BodyParagraph(T.NoneFound));
        }

        for (int i = 0; i < conclusion.Recommendations.Count; i++)
        {
            var recommendation = conclusion.Recommendations[i];
            string text = recommendation.Text.TrimEnd();
            text = text.EndsWith('.') ? text : text + ".";
            body.Add(new BodyParagraph(
                Format(T.RecommendationPattern, text, recommendation.Responsible, DocumentValueFormat.Date(recommendation.DueDate)),
                Lead: (i + 1).ToString(CultureInfo.InvariantCulture) + "."));
        }

        if (conclusion.RatingText is not null)
        {
            body.Add(BodyParagraph.Heading(T.RatingHeading));
            body.Add(new BodyParagraph(Format(T.RatingText, facts.UnitName, conclusion.RatingText)));
        }

        if (conclusion.FollowUpPlanned)
        {
            body.Add(new BodyParagraph(Format(T.FollowUpAnnouncement, activity)));
        }

        body.Add(new BodyParagraph(Format(T.ConclusionClosing, facts.UnitName, issue.Issuer.FullName)));

        return new OfficialDocument
        {
            Issuer = issue.Issuer,
            Number = issue.Number,
            Place = issue.Issuer.Place,
            Date = issue.Date,
            Subtitle = Format(T.ConclusionSubtitle, activity, facts.UnitName),
            Body = body,
            Recipients = [facts.UnitName, .. issue.Recipients],
            Signature = issue.Signature,
        };
    }

    /// <summary>A heading, then per topic (in first-seen order) a numbered topic line and its findings as bullets.</summary>
    private static void AddFindingSection(List<BodyParagraph> body, string heading, IReadOnlyList<ConclusionFinding> findings)
    {
        body.Add(BodyParagraph.Heading(heading));
        if (findings.Count == 0)
        {
            body.Add(new BodyParagraph(T.NoneFound));
            return;
        }

        int number = 0;
        foreach (var topic in findings.GroupBy(finding => finding.Topic, StringComparer.Ordinal))
        {
            number++;
            body.Add(new BodyParagraph(topic.Key, BodyParagraphStyle.Heading, Lead: number.ToString(CultureInfo.InvariantCulture) + "."));
            body.AddRange(topic.Select(finding => BodyParagraph.Bullet(FindingWithFigures(finding.Text, finding.Figures))));
        }
    }
}

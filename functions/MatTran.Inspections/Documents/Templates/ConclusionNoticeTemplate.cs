using System.Globalization;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Formatting;
using MatTran.Inspections.Ratings;
using static MatTran.Inspections.Documents.Templates.InspectionCitations;
using T = MatTran.Inspections.Documents.Templates.InspectionDocumentTexts;

namespace MatTran.Inspections.Documents.Templates;

/// <summary>
/// Thông báo kết luận kiểm tra: opening citation and general assessment, then I. achievements, II. limitations,
/// III. causes (each grouped by topic, figures as "7.955.058.171 đồng"), IV. recommendations with responsible party
/// and deadline, V. rating, and the follow-up announcement when the conclusion asks for one.
/// </summary>
public static class ConclusionNoticeTemplate
{
    private static readonly (FindingType Type, string Heading)[] Sections =
    [
        (FindingType.Achievement, T.AchievementsHeading),
        (FindingType.Limitation, T.LimitationsHeading),
        (FindingType.Cause, T.CausesHeading),
    ];

    public static OfficialDocument Build(DocumentIssue issue, InspectionFacts facts, ConclusionContent content)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(content);
        if (issue.Number.Type != DocumentType.Notice)
        {
            throw new ArgumentException($"A conclusion notice needs a {DocumentType.Notice} number, not {issue.Number.Type}.", nameof(issue));
        }

        var conclusion = content.Conclusion;
        string activity = T.ActivityNoun(facts.Kind);
        var body = new List<BodyParagraph>
        {
            new(Format(T.ConclusionOpening, Plan(facts.Plan, issue.Issuer), Decision(content.TeamDecision, facts.Kind),
                VietnameseFormat.Date(facts.VisitDate), activity, facts.UnitName, issue.Issuer.FullName)),
        };
        if (!string.IsNullOrWhiteSpace(conclusion.Text))
        {
            body.Add(new BodyParagraph(conclusion.Text.Trim()));
        }

        foreach (var (type, heading) in Sections)
        {
            AddFindingSection(body, heading, content.Findings.Where(finding => finding.Type == type).ToList());
        }

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
                Format(T.RecommendationPattern, text, recommendation.Responsible, VietnameseFormat.Date(recommendation.DueDate)),
                Lead: (i + 1).ToString(CultureInfo.InvariantCulture) + "."));
        }

        body.Add(BodyParagraph.Heading(T.RatingHeading));
        body.Add(new BodyParagraph(Format(T.RatingText, facts.UnitName, conclusion.Rating.DisplayName())));
        if (conclusion.FollowUp)
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
    private static void AddFindingSection(List<BodyParagraph> body, string heading, IReadOnlyList<Finding> findings)
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
            body.AddRange(topic.Select(finding => BodyParagraph.Bullet(FindingWithFigures(finding))));
        }
    }
}

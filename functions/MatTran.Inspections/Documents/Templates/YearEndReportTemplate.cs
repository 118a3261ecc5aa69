using System.Globalization;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Reports;
using MatTran.Inspections.Units;
using static MatTran.Inspections.Documents.Templates.InspectionCitations;
using T = MatTran.Inspections.Documents.Templates.PlanDocumentTexts;

namespace MatTran.Inspections.Documents.Templates;

/// <summary>
/// Báo cáo kết quả thực hiện kế hoạch (BC), issued when the plan completes: I. results (engagements by kind and level,
/// ratings with the share "tốt trở lên", recommendations and remediation, findings by topic), II. targets, III. direction.
/// The figures are the report API's (<see cref="ReportBuilder"/>).
/// </summary>
public static class YearEndReportTemplate
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static OfficialDocument Build(DocumentIssue issue, DocumentReference plan, ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(figures);
        if (issue.Number.Type != DocumentType.Report)
        {
            throw new ArgumentException($"A year-end report needs a {DocumentType.Report} number, not {issue.Number.Type}.", nameof(issue));
        }

        string citation = Plan(plan, issue.Issuer);
        var body = new List<BodyParagraph>
        {
            new(Format(T.ReportOpening, citation, issue.Issuer.FullName)),
            BodyParagraph.Heading(T.ReportResultsHeading),
            BodyParagraph.Heading(T.ReportCountsHeading),
        };
        body.AddRange(figures.PlannedVsDone.Select(c => BodyParagraph.Bullet(Format(T.ReportCountLine,
            InspectionTexts.KindName(c.Kind), UnitTexts.LevelName(c.Level), c.Planned, c.Done, c.Cancelled, c.InProgress))));

        body.Add(BodyParagraph.Heading(T.ReportRatingsHeading));
        string byRating = string.Join("; ", figures.Ratings.ByRating.Select(r => $"{r.Key.DisplayName()}: {r.Value}"));
        body.Add(new BodyParagraph(Format(T.ReportRatingsLine, byRating, figures.Ratings.Rated, figures.Ratings.GoodOrAbove.Count,
            Percent(figures.Ratings.GoodOrAbove))));

        body.Add(BodyParagraph.Heading(T.ReportRecommendationsHeading));
        var recommendations = figures.Recommendations;
        body.Add(new BodyParagraph(Format(T.ReportRecommendationsLine, recommendations.Total, recommendations.Accepted.Count,
            Percent(recommendations.Accepted), recommendations.Overdue.Count)));
        body.AddRange(recommendations.ByAddressee.Select(a => BodyParagraph.Bullet(Format(T.ReportAddresseeLine, a.Name, a.Total, a.Accepted, a.Overdue))));

        body.Add(BodyParagraph.Heading(T.ReportFindingsHeading));
        body.AddRange(figures.FindingsByTopic.Count == 0
            ? [new BodyParagraph(T.None)]
            : figures.FindingsByTopic.Select(f => BodyParagraph.Bullet(Format(T.ReportFindingLine, f.Topic, f.Achievements, f.Limitations, f.Causes))));

        body.Add(BodyParagraph.Heading(T.ReportTargetsHeading));
        body.AddRange(figures.Targets.Count == 0
            ? [new BodyParagraph(T.ReportNoTargets)]
            : figures.Targets.Select(t => BodyParagraph.Bullet(Format(T.ReportTargetLine, t.Text, Percent(t.Actual), t.Actual.Count, t.Actual.Total,
                t.Met ? T.TargetMet : T.TargetNotMet))));

        body.Add(BodyParagraph.Heading(T.ReportDirectionHeading));
        body.Add(new BodyParagraph(T.ReportDirection));
        body.Add(new BodyParagraph(Format(T.ReportClosing, citation, issue.Issuer.FullName)));

        return new OfficialDocument
        {
            Issuer = issue.Issuer,
            Number = issue.Number,
            Place = issue.Issuer.Place,
            Date = issue.Date,
            Subtitle = Format(T.ReportSubtitle, citation),
            Body = body,
            Recipients = [T.RecipientsDepartments, .. issue.Recipients],
            Signature = issue.Signature,
        };
    }

    /// <summary>"66,7" — the decimal comma of Vietnamese text.</summary>
    public static string Percent(Share share) => share.Percent.ToString("0.#", Vietnamese);
}

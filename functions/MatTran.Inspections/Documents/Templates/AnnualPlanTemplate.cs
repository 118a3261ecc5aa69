using System.Globalization;
using MatTran.Inspections.Formatting;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.Units;
using static MatTran.Inspections.Documents.Templates.InspectionCitations;
using T = MatTran.Inspections.Documents.Templates.PlanDocumentTexts;

namespace MatTran.Inspections.Documents.Templates;

/// <summary>
/// Kế hoạch kiểm tra, giám sát năm (KH), issued when the plan is approved: legal bases, I. purposes, II. topics,
/// III. targets, IV. the visits (unit, kind, date, period, team lead), V. organisation.
/// </summary>
public static class AnnualPlanTemplate
{
    public static OfficialDocument Build(DocumentIssue issue, StoredPlan plan, UnitDirectory units)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(units);
        if (issue.Number.Type != DocumentType.Plan)
        {
            throw new ArgumentException($"An annual plan needs a {DocumentType.Plan} number, not {issue.Number.Type}.", nameof(issue));
        }

        string about = PlanSubject.About(plan.Title);
        var body = new List<BodyParagraph>();
        body.AddRange(T.LegalBases.Select(basis => new BodyParagraph(basis)));
        body.Add(new BodyParagraph(Format(T.PlanOpening, issue.Issuer.FullName, about)));
        body.Add(BodyParagraph.Heading(T.PurposeHeading));
        body.AddRange(T.Purposes.Select(BodyParagraph.Bullet));
        body.Add(BodyParagraph.Heading(T.TopicsHeading));
        body.AddRange(plan.Topics.Select((topic, i) => new BodyParagraph(topic + ";", Lead: (i + 1).ToString(CultureInfo.InvariantCulture) + ".")));
        body.Add(BodyParagraph.Heading(T.TargetsHeading));
        var targets = plan.Targets ?? [];
        body.AddRange(targets.Count == 0
            ? [new BodyParagraph(T.ReportNoTargets)]
            : targets.Select(t => BodyParagraph.Bullet(Format(T.TargetLine, TargetTexts.Describe(t)))));

        body.Add(BodyParagraph.Heading(T.ScheduleHeading));
        var visits = plan.Active;
        string byKind = string.Join(", ", visits.GroupBy(v => v.Planned.Kind).OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} cuộc {InspectionTexts.ActivityNoun(g.Key)}")));
        body.Add(new BodyParagraph(Format(T.ScheduleTotal, visits.Count, byKind)));
        for (int i = 0; i < visits.Count; i++)
        {
            var planned = visits[i].Planned;
            body.Add(new BodyParagraph(
                Format(T.ScheduleLine, units.Find(planned.UnitId)?.Name ?? planned.UnitId, InspectionTexts.KindName(planned.Kind),
                    VietnameseFormat.Date(planned.VisitDate), VietnameseFormat.MonthYear(planned.CoveredPeriod.From),
                    VietnameseFormat.MonthYear(planned.CoveredPeriod.To), planned.TeamLead),
                Lead: (i + 1).ToString(CultureInfo.InvariantCulture) + "."));
        }

        body.Add(BodyParagraph.Heading(T.OrganisationHeading));
        body.AddRange(T.Organisation.Select(BodyParagraph.Bullet));
        body.Add(new BodyParagraph(Format(T.ClosingPlan, about, issue.Issuer.FullName)));

        return new OfficialDocument
        {
            Issuer = issue.Issuer,
            Number = issue.Number,
            Place = issue.Issuer.Place,
            Date = issue.Date,
            Subtitle = Capitalised(about),
            Body = body,
            Recipients = [T.RecipientsUnits, T.RecipientsDepartments, .. issue.Recipients],
            Signature = issue.Signature,
        };
    }

    internal static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.GetCultureInfo("vi-VN")) + text[1..];
}

using MatTran.Inspections.Formatting;
using MatTran.Inspections.Inspections;
using static MatTran.Inspections.Documents.Templates.InspectionCitations;
using T = MatTran.Inspections.Documents.Templates.InspectionDocumentTexts;

namespace MatTran.Inspections.Documents.Templates;

/// <summary>
/// Thông báo kiểm tra (kế hoạch chi tiết) sent to the unit before the visit: topics, covered period, date and place,
/// team, and the request for the self-report by its due date.
/// </summary>
public static class InspectionNoticeTemplate
{
    public static OfficialDocument Build(DocumentIssue issue, InspectionFacts facts, DocumentReference teamDecision, DateOnly selfReportDue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(teamDecision);
        if (issue.Number.Type != DocumentType.Notice)
        {
            throw new ArgumentException($"A notice needs a {DocumentType.Notice} number, not {issue.Number.Type}.", nameof(issue));
        }

        string activity = T.ActivityNoun(facts.Kind);
        var body = new List<BodyParagraph>
        {
            new(Format(T.NoticeOpening, Plan(facts.Plan, issue.Issuer), Decision(teamDecision, facts.Kind),
                issue.Issuer.FullName, activity, facts.UnitName)),
            BodyParagraph.Heading(Format(T.NoticeTopicsHeading, activity)),
        };
        body.AddRange(facts.Topics.Select(topic => BodyParagraph.Bullet(topic + ";")));
        body.Add(BodyParagraph.Heading(Format(T.NoticePeriodHeading, activity)));
        body.Add(new BodyParagraph(Format(T.NoticePeriodText,
            VietnameseFormat.MonthYear(facts.CoveredFrom), VietnameseFormat.MonthYear(facts.CoveredTo))));
        body.Add(BodyParagraph.Heading(T.NoticeScheduleHeading));
        body.Add(new BodyParagraph(Format(T.NoticeScheduleText, VietnameseFormat.Date(facts.VisitDate), facts.VisitPlace)));
        body.Add(BodyParagraph.Heading(T.NoticeTeamHeading));
        body.AddRange(Team(facts.Team));
        body.Add(BodyParagraph.Heading(T.NoticeRequestsHeading));
        body.Add(BodyParagraph.Bullet(Format(T.NoticeSelfReportRequest, InspectionTexts.SelfReportNoun(facts.Kind), issue.Issuer.FullName, VietnameseFormat.Date(selfReportDue))));
        body.Add(BodyParagraph.Bullet(T.NoticePreparationRequest));
        body.Add(new BodyParagraph(Format(T.NoticeClosing, facts.UnitName)));

        return new OfficialDocument
        {
            Issuer = issue.Issuer,
            Number = issue.Number,
            Place = issue.Issuer.Place,
            Date = issue.Date,
            Subtitle = Format(T.NoticeSubtitle, activity, facts.UnitName),
            Body = body,
            Recipients = [facts.UnitName, .. issue.Recipients],
            Signature = issue.Signature,
        };
    }
}

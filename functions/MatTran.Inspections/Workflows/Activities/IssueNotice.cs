using MatTran.Inspections.Audit;
using MatTran.Inspections.Documents;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Documents.Templates;
using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Links;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>
/// Step 2: numbered team decision (QĐ) and notice (TB) as .docx in Blob, listed on the inspection, stage NoticeSent,
/// and the notice emailed to the unit with its signed link, valid until 30 days after the visit.
/// </summary>
public sealed class IssueNotice(InspectionActivityServices services) : TaskActivity<InspectionStep, object?>
{
    public override async Task<object?> RunAsync(TaskActivityContext context, InspectionStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var ct = services.Stopping;
        string id = input.InspectionId;
        var inspection = await services.LoadAsync(id, ct);
        var deadlines = services.Timeline.ForVisit(inspection.VisitDate);
        var facts = services.Facts(inspection);
        var today = services.LocalDate(input.At);

        var decision = await services.IssueDocumentAsync(inspection, DocumentType.Decision, DocumentKind.TeamDecision,
            "quyet-dinh-thanh-lap-doan.docx", input.At, $"{id}:decision", issue => TeamDecisionTemplate.Build(issue, facts), ct);
        var decisionReference = new DocumentReference(decision.Number!, today,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, InspectionDocumentTexts.TeamDecisionSubtitle,
                InspectionDocumentTexts.ActivityNoun(facts.Kind), facts.UnitName));
        var notice = await services.IssueDocumentAsync(inspection, DocumentType.Notice, DocumentKind.Notice,
            "thong-bao.docx", input.At, $"{id}:notice",
            issue => InspectionNoticeTemplate.Build(issue, facts, decisionReference, deadlines.SelfReportDue), ct);

        var result = await services.ChangeAsync(id, StepKeys.For(nameof(IssueNotice), input), input.At, InspectionActivityServices.SystemActor,
            [(AuditAction.DocumentIssued, decision.Number), (AuditAction.DocumentIssued, notice.Number),
                (AuditAction.NoticeSent, string.IsNullOrWhiteSpace(inspection.Unit.Email) ? $"{notice.Number}: {SendReminder.NoMailbox}" : notice.Number)],
            summary =>
            {
                summary.DecisionNumber = decision.Number;
                summary.DecisionDate = InspectionStore.FormatDate(today);
                summary.NoticeNumber = notice.Number;
                if (summary.Stage == InspectionStage.Scheduled)
                {
                    summary.Stage = InspectionStage.NoticeSent;
                }

                return [];
            }, ct);

        inspection = inspection with { Summary = result.Summary };
        var validThrough = inspection.VisitDate.AddDays(RescheduleInspection.LinkDaysAfterVisit);
        var values = InspectionActivityServices.Values(inspection, inspection.Unit.Name, deadlines.SelfReportDue,
            services.UnitLink(inspection, UnitLinkPurpose.SelfReportUpload, validThrough), validThrough, today);
        await services.SendToUnitAsync(inspection, EmailTemplateId.NoticeToUnit, values, $"{id}:notice", input.At, ct);
        return null;
    }
}

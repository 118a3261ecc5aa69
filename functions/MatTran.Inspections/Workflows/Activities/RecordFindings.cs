using System.Globalization;
using MatTran.Inspections.Audit;
using MatTran.Inspections.Documents;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Documents.Templates;
using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Links;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>
/// Steps 4–5: the findings and draft report become a new revision (previous + 1; every revision is kept), the draft
/// is emailed to the unit with a feedback link, stage AwaitingUnitFeedback; returns the unit's feedback window.
/// </summary>
public sealed class RecordFindings(InspectionActivityServices services) : TaskActivity<SignalStep, WindowSchedule>
{
    public override async Task<WindowSchedule> RunAsync(TaskActivityContext context, SignalStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var ct = services.Stopping;
        var submission = input.Signal.Findings ?? throw new ArgumentException("A findings request carries findings.", nameof(input));
        string id = input.InspectionId;
        var today = services.LocalDate(input.At);
        var window = services.Timeline.Window(services.Timeline.UnitFeedback(today));

        var before = await services.SummaryAsync(id, ct);
        List<(AuditAction, string?)> audit = [(AuditAction.FindingsSubmitted, Count(submission.Findings.Count))];
        if (before.LatestRevision > 0)
        {
            audit.Add((AuditAction.DraftReportRevised, (before.LatestRevision + 1).ToString(CultureInfo.InvariantCulture)));
        }

        var result = await services.ChangeAsync(id, StepKeys.For(nameof(RecordFindings), input, input.Signal), input.At, input.Signal.Actor, audit,
            summary =>
            {
                int revision = summary.LatestRevision + 1;
                summary.LatestRevision = revision;
                summary.Stage = InspectionStage.AwaitingUnitFeedback;
                summary.FeedbackWindow = ReadModelJson.Write(window);
                var draft = new DraftReportView(
                    new DraftReportRevision(revision, submission.DraftReport, StepKeys.Utc(input.At), input.Signal.Actor, input.Signal.DocumentId),
                    submission.Findings);
                return [InspectionRowEntity.For(id, InspectionRowKeys.Draft(revision), draft)];
            }, ct);

        var inspection = (await services.LoadAsync(id, ct)) with { Summary = result.Summary };
        var feedbackWindow = ReadModelJson.Read<WindowSchedule>(result.Summary.FeedbackWindow!);
        int latest = result.Summary.LatestRevision;
        var facts = services.Facts(inspection);
        await services.StoreDraftAsync(inspection, DocumentType.Report, DocumentKind.DraftReport,
            string.Create(CultureInfo.InvariantCulture, $"du-thao-bao-cao-lan-{latest}.docx"), input.At,
            string.Create(CultureInfo.InvariantCulture, $"{id}:draft-{latest}"),
            issue => DraftReportTemplate.Build(issue, facts, latest, submission.DraftReport, submission.Findings, feedbackWindow.Deadline.Day), ct);
        var validThrough = feedbackWindow.Deadline.Day.AddDays(RescheduleInspection.LinkDaysAfterVisit);
        var values = InspectionActivityServices.Values(inspection, inspection.Unit.Name, feedbackWindow.Deadline.Day,
            services.UnitLink(inspection, UnitLinkPurpose.Feedback, validThrough), validThrough, today);
        await services.SendToUnitAsync(inspection, EmailTemplateId.DraftReportForFeedback, values,
            string.Create(CultureInfo.InvariantCulture, $"{id}:draft-{result.Summary.LatestRevision}"), input.At, ct);
        return feedbackWindow;
    }

    private static string Count(int findings) => string.Create(CultureInfo.InvariantCulture, $"{findings} kết quả");
}

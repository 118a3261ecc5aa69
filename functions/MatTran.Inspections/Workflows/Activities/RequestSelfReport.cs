using MatTran.Inspections.Audit;
using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Links;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>Step 2: asks the unit for its self-report by the due date, with the upload link; stage AwaitingSelfReport.</summary>
public sealed class RequestSelfReport(InspectionActivityServices services) : TaskActivity<InspectionStep, object?>
{
    /// <summary>The audit line: "Đề nghị gửi báo cáo tự giám sát" for a supervision.</summary>
    public static string AuditDetails(InspectionKind kind) => "Đề nghị gửi " + InspectionTexts.SelfReportNoun(kind);

    public override async Task<object?> RunAsync(TaskActivityContext context, InspectionStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var ct = services.Stopping;
        string id = input.InspectionId;
        var kind = (await services.SummaryAsync(id, ct)).Kind;
        var result = await services.ChangeAsync(id, StepKeys.For(nameof(RequestSelfReport), input), input.At, InspectionActivityServices.SystemActor,
            [(AuditAction.ReminderSent, AuditDetails(kind))], summary =>
            {
                if (summary.Stage is InspectionStage.Scheduled or InspectionStage.NoticeSent)
                {
                    summary.Stage = InspectionStage.AwaitingSelfReport;
                }

                return [];
            }, ct);

        var inspection = (await services.LoadAsync(id, ct)) with { Summary = result.Summary };
        var due = services.Timeline.ForVisit(inspection.VisitDate).SelfReportDue;
        var validThrough = inspection.VisitDate.AddDays(RescheduleInspection.LinkDaysAfterVisit);
        var values = InspectionActivityServices.Values(inspection, inspection.Unit.Name, due,
            services.UnitLink(inspection, UnitLinkPurpose.SelfReportUpload, validThrough), validThrough, services.LocalDate(input.At));
        await services.SendToUnitAsync(inspection, EmailTemplateId.SelfReportRequest, values, $"{id}:selfreport-request", input.At, ct);
        return null;
    }
}

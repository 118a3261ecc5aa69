using MatTran.Inspections.Audit;
using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Links;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>The inspection is called off (stage Cancelled, reason kept); a unit that already has the notice is told.</summary>
public sealed class CancelInspection(InspectionActivityServices services) : TaskActivity<SignalStep, object?>
{
    public override async Task<object?> RunAsync(TaskActivityContext context, SignalStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var ct = services.Stopping;
        string id = input.InspectionId;
        var result = await services.ChangeAsync(id, StepKeys.For(nameof(CancelInspection), input, input.Signal), input.At, input.Signal.Actor,
            [(AuditAction.InspectionCancelled, input.Signal.Text)], summary =>
            {
                summary.Stage = InspectionStage.Cancelled;
                summary.CancelReason = input.Signal.Text;
                return [];
            }, ct);

        if (result.Summary.NoticeNumber is not null)
        {
            var inspection = (await services.LoadAsync(id, ct)) with { Summary = result.Summary };
            var today = services.LocalDate(input.At);
            var validThrough = today.AddDays(RescheduleInspection.LinkDaysAfterVisit);
            var values = InspectionActivityServices.Values(inspection, inspection.Unit.Name, today,
                services.UnitLink(inspection, UnitLinkPurpose.SelfReportUpload, validThrough), validThrough, today);
            await services.SendToUnitAsync(inspection, EmailTemplateId.InspectionCancelled, values, $"{id}:cancelled", input.At, ct);
        }

        return null;
    }
}

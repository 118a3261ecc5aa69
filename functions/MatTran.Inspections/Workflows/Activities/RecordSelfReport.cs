using MatTran.Inspections.Audit;
using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>The unit's self-report is in (the API stored and listed the file): audited, stage AwaitingVisit.</summary>
public sealed class RecordSelfReport(InspectionActivityServices services) : TaskActivity<SignalStep, object?>
{
    public override async Task<object?> RunAsync(TaskActivityContext context, SignalStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        await services.ChangeAsync(input.InspectionId, StepKeys.For(nameof(RecordSelfReport), input, input.Signal), input.At, input.Signal.Actor,
            [(AuditAction.SelfReportUploaded, input.Signal.DocumentId)], summary =>
            {
                if (summary.Stage is InspectionStage.NoticeSent or InspectionStage.AwaitingSelfReport)
                {
                    summary.Stage = InspectionStage.AwaitingVisit;
                }

                return [];
            }, services.Stopping);
        await services.NotifyTeamLeadAsync(await services.LoadAsync(input.InspectionId, services.Stopping), EmailTemplateId.SelfReportReceivedToTeamLead,
            $"{input.InspectionId}:selfreport-received:{input.Signal.DocumentId}", input.At, services.Stopping);
        return null;
    }
}

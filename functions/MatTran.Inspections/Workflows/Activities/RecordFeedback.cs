using MatTran.Inspections.Audit;
using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Findings;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>Step 5: the unit's explanation (giải trình) on the latest draft revision is kept; it may come several times.</summary>
public sealed class RecordFeedback(InspectionActivityServices services) : TaskActivity<SignalStep, object?>
{
    public override async Task<object?> RunAsync(TaskActivityContext context, SignalStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var at = StepKeys.Utc(input.At);
        string step = StepKeys.For(nameof(RecordFeedback), input, input.Signal);
        await services.ChangeAsync(input.InspectionId, step, input.At, input.Signal.Actor,
            [(AuditAction.UnitFeedbackReceived, input.Signal.DocumentId)], summary =>
            {
                var feedback = new UnitFeedback(summary.LatestRevision, input.Signal.Text, at, input.Signal.DocumentId);
                return [InspectionRowEntity.For(input.InspectionId, InspectionRowKeys.Feedback(summary.LatestRevision, at, step), feedback)];
            }, services.Stopping);
        // Keyed by the step (the same key a redelivery repeats), hashed to keep the email key short.
        string key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(step)).AsSpan(0, 8));
        await services.NotifyTeamLeadAsync(await services.LoadAsync(input.InspectionId, services.Stopping), EmailTemplateId.UnitFeedbackReceivedToTeamLead,
            $"{input.InspectionId}:feedback-received:{key}", input.At, services.Stopping);
        return null;
    }
}

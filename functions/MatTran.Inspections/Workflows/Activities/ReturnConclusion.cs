using MatTran.Inspections.Audit;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>Step 6: the supervisor returns the conclusion with a comment; the team revises its draft (stage AwaitingFindings).</summary>
public sealed class ReturnConclusion(InspectionActivityServices services) : TaskActivity<SignalStep, object?>
{
    public override async Task<object?> RunAsync(TaskActivityContext context, SignalStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        await services.ChangeAsync(input.InspectionId, StepKeys.For(nameof(ReturnConclusion), input, input.Signal), input.At,
            input.Signal.Actor, [(AuditAction.ConclusionReturned, input.Signal.Text)], summary =>
            {
                var view = ReadModelJson.ReadOptional<ConclusionView>(summary.Conclusion)
                    ?? throw new InvalidOperationException($"Inspection {input.InspectionId} has no submitted conclusion to return.");
                summary.Conclusion = ReadModelJson.Write(view with
                {
                    Status = ConclusionStatus.Returned,
                    DecidedBy = input.Signal.Actor,
                    DecidedAt = StepKeys.Utc(input.At),
                    ReturnComment = input.Signal.Text,
                });
                summary.Stage = InspectionStage.AwaitingFindings;
                return [];
            }, services.Stopping);
        return null;
    }
}

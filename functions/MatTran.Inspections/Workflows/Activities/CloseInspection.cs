using MatTran.Inspections.Audit;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>Step 10: the unit is rated as the approved conclusion says, and the inspection is Closed.</summary>
public sealed class CloseInspection(InspectionActivityServices services) : TaskActivity<InspectionStep, object?>
{
    public override async Task<object?> RunAsync(TaskActivityContext context, InspectionStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var ct = services.Stopping;
        var rating = RatingOf(await services.SummaryAsync(input.InspectionId, ct));
        List<(AuditAction, string?)> audit = rating is { } r
            ? [(AuditAction.UnitRated, r.DisplayName()), (AuditAction.InspectionClosed, null)]
            : [(AuditAction.InspectionClosed, null)];
        await services.ChangeAsync(input.InspectionId, StepKeys.For(nameof(CloseInspection), input), input.At,
            InspectionActivityServices.SystemActor, audit, summary =>
            {
                summary.Rating = RatingOf(summary);
                summary.Stage = InspectionStage.Closed;
                return [];
            }, ct);
        return null;
    }

    private static Rating? RatingOf(InspectionSummaryEntity summary) =>
        ReadModelJson.ReadOptional<ConclusionView>(summary.Conclusion) is { Status: ConclusionStatus.Approved } approved
            ? approved.Conclusion.Rating
            : null;
}

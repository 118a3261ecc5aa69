using MatTran.Inspections.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>Step 4: the visit day has come; the team now owes its findings (stage AwaitingFindings).</summary>
public sealed class StartVisit(InspectionActivityServices services) : TaskActivity<InspectionStep, object?>
{
    public override async Task<object?> RunAsync(TaskActivityContext context, InspectionStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        await services.ChangeAsync(input.InspectionId, StepKeys.For(nameof(StartVisit), input), input.At, InspectionActivityServices.SystemActor,
            [], summary =>
            {
                if (summary.Stage < InspectionStage.AwaitingFindings)
                {
                    summary.Stage = InspectionStage.AwaitingFindings;
                }

                return [];
            }, services.Stopping);
        return null;
    }
}

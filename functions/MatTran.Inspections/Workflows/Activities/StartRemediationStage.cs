using MatTran.Inspections.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>Step 8: the unit is carrying out the recommendations (stage Remediation).</summary>
public sealed class StartRemediationStage(InspectionActivityServices services) : TaskActivity<InspectionStep, object?>
{
    public override async Task<object?> RunAsync(TaskActivityContext context, InspectionStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        await services.ChangeAsync(input.InspectionId, StepKeys.For(nameof(StartRemediationStage), input), input.At,
            InspectionActivityServices.SystemActor, [], summary =>
            {
                summary.Stage = InspectionStage.Remediation;
                return [];
            }, services.Stopping);
        return null;
    }
}

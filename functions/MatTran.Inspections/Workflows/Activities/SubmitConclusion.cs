using MatTran.Inspections.Audit;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>Step 6: the conclusion goes to the supervisor (stage AwaitingApproval); returns the supervisor's reminder and escalation.</summary>
public sealed class SubmitConclusion(InspectionActivityServices services) : TaskActivity<SignalStep, WindowSchedule>
{
    public override async Task<WindowSchedule> RunAsync(TaskActivityContext context, SignalStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var conclusion = input.Signal.Conclusion ?? throw new ArgumentException("A conclusion request carries the conclusion.", nameof(input));
        var window = services.Timeline.Window(services.Timeline.SupervisorApproval(services.LocalDate(input.At)));
        var result = await services.ChangeAsync(input.InspectionId, StepKeys.For(nameof(SubmitConclusion), input, input.Signal), input.At,
            input.Signal.Actor, [(AuditAction.ConclusionSubmitted, null)], summary =>
            {
                summary.Conclusion = ReadModelJson.Write(new ConclusionView(
                    conclusion, ConclusionStatus.Submitted, input.Signal.Actor, StepKeys.Utc(input.At), null, null, null, null, null));
                summary.ApprovalWindow = ReadModelJson.Write(window);
                summary.Stage = InspectionStage.AwaitingApproval;
                return [];
            }, services.Stopping);
        return ReadModelJson.Read<WindowSchedule>(result.Summary.ApprovalWindow!);
    }
}

using MatTran.Inspections.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>
/// A launched annual plan: one Inspection sub-orchestration per planned inspection (instance id = inspection id), the
/// progress in the custom status as each one finishes, then the plan completed with its year-end summary. The plan's
/// clock (real time or a rehearsal) goes down to every inspection in its input.
/// </summary>
public sealed class AnnualPlanOrchestrator : TaskOrchestrator<AnnualPlanInput, PlanYearEndSummary>
{
    public override async Task<PlanYearEndSummary> RunAsync(TaskOrchestrationContext context, AnnualPlanInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var log = context.CreateReplaySafeLogger<AnnualPlanOrchestrator>();
        var run = new WorkflowRun(context, input.Clock);

        var planned = await run.CallAsync<IReadOnlyList<InspectionInput>>(
            ActivityNames.StartPlan, new PlanStartRequest(run.NextStepKey(), input.PlanId, input.LaunchedBy, run.Now, input.Clock));
        var inspections = planned.Select(i => RunInspectionAsync(context, log, input.PlanId, i)).ToList();

        var finished = new List<InspectionOutcome?>();
        Report(context, log, input.PlanId, inspections.Count, finished);
        var pending = new List<Task<InspectionOutcome?>>(inspections);
        while (pending.Count > 0)
        {
            var next = await Task.WhenAny(pending);
            pending.Remove(next);
            finished.Add(await next);
            Report(context, log, input.PlanId, inspections.Count, finished);
        }

        // In plan order, whatever order they finished in.
        var outcomes = inspections.Where(t => t.Result is not null).Select(t => t.Result!).ToList();
        var failed = planned.Where((_, index) => inspections[index].Result is null).Select(i => i.InspectionId).ToList();
        run.Observe();
        return await run.CallAsync<PlanYearEndSummary>(
            ActivityNames.CompletePlan, new PlanCompletion(run.NextStepKey(), input.PlanId, outcomes, run.Now, failed));
    }

    /// <summary>
    /// One inspection's workflow, or null when it failed (an activity still failing after its retries). The plan goes on
    /// without it: the failure stays on that inspection's instance (status Failed, with its details) for an operator,
    /// and the year-end summary counts it, rather than one broken inspection holding back the whole year.
    /// </summary>
    private static async Task<InspectionOutcome?> RunInspectionAsync(
        TaskOrchestrationContext context, ILogger log, string planId, InspectionInput inspection)
    {
        try
        {
            return await context.CallSubOrchestratorAsync<InspectionOutcome>(
                WorkflowNames.Inspection, inspection, new SubOrchestrationOptions(instanceId: inspection.InspectionId));
        }
        catch (TaskFailedException failed)
        {
            WorkflowLog.InspectionFailed(log, planId, inspection.InspectionId, failed.FailureDetails.ErrorType);
            return null;
        }
    }

    private static void Report(TaskOrchestrationContext context, ILogger log, string planId, int total, List<InspectionOutcome?> finished)
    {
        var closed = finished.Count(o => o?.FinalStage == InspectionStage.Closed);
        var cancelled = finished.Count(o => o?.FinalStage == InspectionStage.Cancelled);
        var progress = new PlanProgress(total, closed, cancelled, total - finished.Count, finished.Count(o => o is null));
        context.SetCustomStatus(progress);
        WorkflowLog.PlanProgressed(log, planId, closed, cancelled, progress.Running, total);
    }
}

using System.Security.Claims;
using MatTran.Durable;
using MatTran.Api.Inspections;
using MatTran.Api.Problems;
using MatTran.Api.UnitAccess;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Plans;

/// <summary>
/// <c>POST /api/plans/{id}/launch</c>: Approved → Launched, and the AnnualPlan orchestration started under
/// <c>plan-{id}</c>. The plan is marked first, then the orchestration is scheduled. A crash between the two leaves a
/// Launched plan with no orchestration; the retried request sees that (already launched, no instance) and starts it,
/// so a retry always converges. The runtime refuses a second instance under a running id and would <em>replace</em> a
/// finished one, so the orchestration is scheduled only when no instance exists.
/// </summary>
public static class PlanLaunchApi
{
    internal static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> LaunchAsync(
        string id, ClaimsPrincipal user, PlanStore plans, DurableTaskClient client, CancellationToken cancellationToken)
    {
        string launchedBy = user.Name();
        switch (await plans.LaunchAsync(id, launchedBy, cancellationToken))
        {
            case PlanLaunchOutcome.Launched:
                break;
            case PlanLaunchOutcome.NotFound:
                return ApiProblems.NotFound(ProblemCodes.PlanNotFound, ApiTexts.PlanNotFound(id));
            case PlanLaunchOutcome.NotApproved:
                return ApiProblems.Conflict(ProblemCodes.PlanNotApproved, ApiTexts.PlanNotApproved);
            case PlanLaunchOutcome.AlreadyLaunched:
                bool started = await client.GetInstanceAsync(WorkflowInstanceIds.ForPlan(id), cancellationToken: cancellationToken) is not null;
                if (started || await plans.FindAsync(id, cancellationToken) is not { Status: PlanStatus.Launched } interrupted)
                {
                    return ApiProblems.Conflict(ProblemCodes.PlanAlreadyLaunched, ApiTexts.PlanAlreadyLaunched);
                }

                // The earlier attempt marked the plan and stopped before starting it: finish that launch, as its user.
                launchedBy = interrupted.LaunchedBy ?? launchedBy;
                break;
        }

        await StartOrchestrationAsync(client, id, launchedBy, cancellationToken);
        return TypedResults.Accepted($"/api/plans/{id}", new SignalAccepted(id, "Launch"));
    }

    private static async Task StartOrchestrationAsync(DurableTaskClient client, string planId, string launchedBy, CancellationToken cancellationToken)
    {
        string instanceId = WorkflowInstanceIds.ForPlan(planId);
        if (await client.GetInstanceAsync(instanceId, cancellationToken: cancellationToken) is not null)
        {
            return;
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                WorkflowNames.AnnualPlan, new AnnualPlanInput(planId, launchedBy), new StartOrchestrationOptions(instanceId), cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // A concurrent retry of the same launch created it between our check and our write: the plan runs once.
            // Anything else (no instance after all) is a real failure.
            if (await client.GetInstanceAsync(instanceId, cancellationToken: cancellationToken) is null)
            {
                throw;
            }
        }
    }
}

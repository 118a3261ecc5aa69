using MatTran.Api.Hosting;
using MatTran.Api.Inspections;
using MatTran.Api.Problems;
using MatTran.Api.Routing;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.Validation;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace MatTran.Api.Plans;

/// <summary>
/// <c>POST /api/plans/{id}/launch</c>: Approved → Launched with the plan's clock (real time, or in Development/Test a
/// rehearsal), and the AnnualPlan orchestration started under <c>plan-{id}</c> with that clock. The plan is marked
/// first, then the orchestration is scheduled. A crash between the two leaves a Launched plan with no orchestration;
/// the retried request sees that (already launched, no instance) and starts it with the clock stored on the plan, so a
/// retry always converges. The runtime refuses a second instance under a running id and would <em>replace</em> a
/// finished one, so the orchestration is scheduled only when no instance exists.
/// </summary>
public static class PlanLaunchApi
{
    /// <summary>The body is at most a rehearsal's two fields.</summary>
    public const long MaxBodyBytes = 4 * 1024;

    internal static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> LaunchAsync(
        string id, LaunchBody? body, ApiCaller caller, PlanStore plans, DurableTaskClient client, TimeProvider time, IHostEnvironment environment,
        CancellationToken cancellationToken)
    {
        if (CheckRehearsal(body?.Rehearsal, environment) is { } refused)
        {
            return refused;
        }

        var clock = ClockFor(body?.Rehearsal, time.GetUtcNow().UtcDateTime);
        string launchedBy = caller.Actor;
        switch (await plans.LaunchAsync(id, launchedBy, clock, cancellationToken))
        {
            case PlanLaunchOutcome.Launched:
                break;
            case PlanLaunchOutcome.NotFound:
                return ApiProblems.NotFound(ProblemCodes.PlanNotFound, ApiTexts.PlanNotFound(id));
            case PlanLaunchOutcome.NotApproved:
                return ApiProblems.Conflict(ProblemCodes.PlanNotApproved, ApiTexts.PlanNotApproved);
            case PlanLaunchOutcome.AlreadyLaunched:
                bool started = await client.GetInstanceAsync(WorkflowInstanceIds.ForPlan(id), cancellationToken) is not null;
                if (started || await plans.FindAsync(id, cancellationToken) is not { Status: PlanStatus.Launched } interrupted)
                {
                    return ApiProblems.Conflict(ProblemCodes.PlanAlreadyLaunched, ApiTexts.PlanAlreadyLaunched);
                }

                // The earlier attempt marked the plan and stopped before starting it: finish that launch, as its user
                // and on its clock.
                launchedBy = interrupted.LaunchedBy ?? launchedBy;
                clock = interrupted.Clock ?? clock;
                break;
        }

        await StartOrchestrationAsync(client, new AnnualPlanInput(id, launchedBy, clock), cancellationToken);
        return TypedResults.Accepted($"/api/plans/{id}", new SignalAccepted(id, "Launch"));
    }

    /// <summary>
    /// 400 <c>plan.rehearsal.notAllowed</c> outside Development/Test (production plans run in real time only); 422 for
    /// a rehearsal without a start day or faster than <see cref="PlanClock.MinimumSecondsPerDay"/> s per day.
    /// </summary>
    private static ProblemHttpResult? CheckRehearsal(RehearsalBody? rehearsal, IHostEnvironment environment)
    {
        if (rehearsal is null)
        {
            return null;
        }

        if (!environment.IsDevelopmentOrTest())
        {
            return ApiProblems.WithCode(StatusCodes.Status400BadRequest, ProblemCodes.RehearsalNotAllowed, ApiTexts.RehearsalNotAllowed);
        }

        var validation = new ValidationResultBuilder();
        if (rehearsal.StartsAt is null)
        {
            validation.Error(ProblemCodes.RehearsalStartsAtRequired, "rehearsal.startsAt", ApiTexts.RehearsalStartsAtRequired);
        }

        if (rehearsal.SecondsPerDay is not { } secondsPerDay || !PlanClock.IsValidSecondsPerDay(secondsPerDay))
        {
            validation.Error(ProblemCodes.RehearsalTooFast, "rehearsal.secondsPerDay", ApiTexts.RehearsalTooFast(PlanClock.MinimumSecondsPerDay));
        }

        var result = validation.Build();
        return result.IsValid ? null : ValidationProblems.RuleViolation(result);
    }

    private static PlanClock ClockFor(RehearsalBody? rehearsal, DateTime nowUtc) =>
        rehearsal is { StartsAt: { } startsAt, SecondsPerDay: { } secondsPerDay }
            ? PlanClock.Rehearsal(startsAt, secondsPerDay, nowUtc)
            : PlanClock.RealTime(nowUtc);

    private static async Task StartOrchestrationAsync(DurableTaskClient client, AnnualPlanInput input, CancellationToken cancellationToken)
    {
        string instanceId = WorkflowInstanceIds.ForPlan(input.PlanId);
        if (await client.GetInstanceAsync(instanceId, cancellationToken) is not null)
        {
            return;
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                WorkflowNames.AnnualPlan, input, new StartOrchestrationOptions(instanceId), cancellationToken);
        }
        catch (Exception)
        {
            // A concurrent retry of the same launch created it between our check and our write (each engine reports
            // that its own way: InvalidOperationException locally, an RPC error in Azure): the plan runs once.
            // Anything else — no instance after all — is a real failure and goes on.
            if (await client.GetInstanceAsync(instanceId, cancellationToken) is null)
            {
                throw;
            }
        }
    }
}

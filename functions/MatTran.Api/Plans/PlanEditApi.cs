using Azure;
using MatTran.Api.Problems;
using MatTran.Inspections.Calendar;
using MatTran.Inspections.Plans;
using MatTran.Inspections.Plans.Overlaps;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.ReadModel.Units;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Plans;

/// <summary>
/// <c>PUT /api/plans/{id}</c>: a Draft plan edited whole (title, topics, targets, visits), with <c>If-Match</c> required,
/// the same validation as creation and the overlap warnings of the plan as saved.
/// </summary>
public static class PlanEditApi
{
    /// <summary>
    /// 200 <c>{ id, overlaps }</c> with the plan's new <c>ETag</c>; 428 without If-Match; 409 for a stale ETag or a plan
    /// past Draft; 422 for a rule violation, a changed number, year or issuer, or more than
    /// <see cref="PlanStore.MaxEditableInspections"/> visits before or after; 404 for an unknown plan.
    /// </summary>
    internal static async Task<Results<Ok<PlanCreated>, ProblemHttpResult>> EditAsync(
        string id, CreatePlanRequest request, HttpRequest http, HttpResponse response, UnitStore units, PlanStore plans, WorkingDayCalendar calendar,
        PlanOverlapChecker overlaps, CancellationToken cancellationToken)
    {
        string? ifMatch = http.Headers.IfMatch;
        if (string.IsNullOrEmpty(ifMatch) || ifMatch == "*")
        {
            return ApiProblems.WithCode(StatusCodes.Status428PreconditionRequired, ProblemCodes.PlanIfMatchRequired, PlanEditTexts.IfMatchRequired);
        }

        if (!PlanId.TryParse(id, out var planId))
        {
            return ApiProblems.NotFound(ProblemCodes.PlanNotFound, ApiTexts.PlanNotFound(id));
        }

        if (request.Year != planId.Year || request.IssuerUnitId != planId.IssuerUnitId)
        {
            return Unprocessable(ProblemCodes.PlanIdentityChanged, PlanEditTexts.IdentityChanged);
        }

        var plan = PlansApi.ToPlan(planId, request);
        var result = await PlansApi.ValidateAsync(plan, units, calendar, cancellationToken);
        if (!result.IsValid)
        {
            return ValidationProblems.RuleViolation(result);
        }

        switch (await plans.ReplaceDraftAsync(id, plan, new ETag(ifMatch), cancellationToken))
        {
            case PlanEditOutcome.Replaced when await plans.FindAsync(id, cancellationToken) is { } stored:
                response.Headers.ETag = stored.ETag.ToString();
                return TypedResults.Ok(new PlanCreated(id, await PlanOverlapsApi.WarningsAsync(stored, units, overlaps, cancellationToken)));
            case PlanEditOutcome.ConcurrentUpdate:
                return ApiProblems.Conflict(ProblemCodes.PlanConcurrentUpdate, ApiTexts.PlanChangedConcurrently);
            case PlanEditOutcome.NotDraft:
                return ApiProblems.Conflict(ProblemCodes.PlanStatusConflict, PlanEditTexts.NotDraft);
            case PlanEditOutcome.NumberChanged:
                return Unprocessable(ProblemCodes.PlanIdentityChanged, PlanEditTexts.IdentityChanged);
            case PlanEditOutcome.TooLarge:
                return Unprocessable(ProblemCodes.PlanEditTooLarge, PlanEditTexts.TooLarge(PlanStore.MaxEditableInspections));
            default:
                return ApiProblems.NotFound(ProblemCodes.PlanNotFound, ApiTexts.PlanNotFound(id));
        }
    }

    private static ProblemHttpResult Unprocessable(string code, string detail) =>
        ApiProblems.WithCode(StatusCodes.Status422UnprocessableEntity, code, detail);
}

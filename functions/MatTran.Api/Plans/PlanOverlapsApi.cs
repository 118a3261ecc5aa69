using Azure;
using MatTran.Api.Problems;
using MatTran.Inspections.Plans.Overlaps;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.ReadModel.Units;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Plans;

/// <summary>
/// Lồng ghép: the overlap warnings of a plan (visits of one unit within <c>PlanOverlaps:WindowDays</c> across every
/// plan of every issuer) and the merge of two planned visits of a Draft plan into one.
/// </summary>
public static class PlanOverlapsApi
{
    /// <summary>The body is two inspection ids.</summary>
    public const long MaxMergeBodyBytes = 4 * 1024;

    /// <summary><c>GET /api/plans/{id}/overlaps</c>: the warnings as on creation, for the plan as it is now.</summary>
    internal static async Task<Results<Ok<PlanOverlapsResponse>, ProblemHttpResult>> OverlapsAsync(
        string id, PlanStore plans, UnitStore units, PlanOverlapChecker checker, CancellationToken cancellationToken)
    {
        if (await plans.FindAsync(id, cancellationToken) is not { } plan)
        {
            return ApiProblems.NotFound(ProblemCodes.PlanNotFound, ApiTexts.PlanNotFound(id));
        }

        var overlaps = await WarningsAsync(plan, units, checker, cancellationToken);
        return TypedResults.Ok(new PlanOverlapsResponse(plan.Id, checker.WindowDays, overlaps));
    }

    /// <summary>The plan's overlap warnings with Vietnamese messages (also answered by plan creation).</summary>
    internal static async Task<IReadOnlyList<PlanOverlapResponse>> WarningsAsync(
        StoredPlan plan, UnitStore units, PlanOverlapChecker checker, CancellationToken cancellationToken)
    {
        var overlaps = await checker.FindAsync(plan, cancellationToken);
        if (overlaps.Count == 0)
        {
            return [];
        }

        var directory = await units.DirectoryAsync(cancellationToken);
        return [.. overlaps.Select(o => PlanOverlapResponses.From(o, directory))];
    }

    /// <summary>
    /// <c>POST /api/plans/{id}/merge</c> with <c>If-Match</c> (the plan's <c>ETag</c>, required): visit <c>merged</c>
    /// is folded into visit <c>into</c> (union of topics, members and site visits) and is no longer launched. Answers
    /// the plan with its new <c>ETag</c>; 428 without If-Match, 409 for a stale ETag, a plan past Draft or a visit
    /// already merged, 404 for an unknown visit, 422 for the same visit twice or units that cannot be merged.
    /// </summary>
    internal static async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> MergeAsync(
        string id, MergeVisitsRequest? body, HttpRequest request, HttpResponse response, PlanStore plans, UnitStore units, PlanTime time,
        CancellationToken cancellationToken)
    {
        string? ifMatch = request.Headers.IfMatch;
        if (string.IsNullOrEmpty(ifMatch) || ifMatch == "*")
        {
            return ApiProblems.WithCode(StatusCodes.Status428PreconditionRequired, ProblemCodes.PlanIfMatchRequired, OverlapTexts.IfMatchRequired);
        }

        string into = body?.Into ?? string.Empty;
        string merged = body?.Merged ?? string.Empty;
        var directory = await units.DirectoryAsync(cancellationToken);
        var outcome = await plans.MergeAsync(
            id, into, merged, new ETag(ifMatch),
            (kept, other, planTopics) => VisitMerge.CanMerge(kept, other, directory) ? VisitMerge.Combine(kept, other, planTopics) : null,
            cancellationToken);
        switch (outcome)
        {
            case PlanMergeOutcome.Merged when await plans.FindAsync(id, cancellationToken) is { } plan:
                response.Headers.ETag = plan.ETag.ToString();
                return TypedResults.Ok(PlanResponses.From(plan, time.Now(plan)));
            case PlanMergeOutcome.ConcurrentUpdate:
                return ApiProblems.Conflict(ProblemCodes.PlanConcurrentUpdate, ApiTexts.PlanChangedConcurrently);
            case PlanMergeOutcome.NotDraft:
                return ApiProblems.Conflict(ProblemCodes.PlanStatusConflict, OverlapTexts.NotDraft);
            case PlanMergeOutcome.AlreadyMerged:
                return ApiProblems.Conflict(ProblemCodes.PlanMergeAlreadyMerged, OverlapTexts.AlreadyMerged);
            case PlanMergeOutcome.VisitNotFound:
                return ApiProblems.NotFound(ProblemCodes.PlanVisitNotFound, OverlapTexts.VisitNotFound(into.Length == 0 ? merged : $"{into}, {merged}"));
            case PlanMergeOutcome.SameVisit:
                return ApiProblems.WithCode(StatusCodes.Status422UnprocessableEntity, ProblemCodes.PlanMergeSameVisit, OverlapTexts.SameVisit);
            case PlanMergeOutcome.UnitsUnrelated:
                return ApiProblems.WithCode(StatusCodes.Status422UnprocessableEntity, ProblemCodes.PlanMergeUnitsUnrelated, OverlapTexts.UnitsUnrelated);
            default:
                return ApiProblems.NotFound(ProblemCodes.PlanNotFound, ApiTexts.PlanNotFound(id));
        }
    }
}

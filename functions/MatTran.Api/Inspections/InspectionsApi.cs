using MatTran.Api.Problems;
using MatTran.Api.Routing;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.ReadModel.Inspections;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Inspections;

/// <summary>Reading inspections: the staff's list, and one inspection for staff or its unit.</summary>
public static class InspectionsApi
{
    /// <summary>
    /// <c>GET /api/inspections?planId=&amp;unitId=&amp;stage=</c>: staff only, ordered by id. The stage is a name
    /// (any case); a number is refused like an unknown name (400), since minimal-API enum binding would take "1".
    /// </summary>
    internal static async Task<Results<Ok<IReadOnlyList<InspectionSummary>>, ProblemHttpResult>> ListAsync(
        InspectionStore store, string? planId, string? unitId, string? stage, CancellationToken cancellationToken)
    {
        InspectionStage? wanted = null;
        if (stage is not null)
        {
            if (!Enum.GetNames<InspectionStage>().Contains(stage, StringComparer.OrdinalIgnoreCase))
            {
                return TypedResults.Problem(detail: ApiTexts.StageUnknown(stage), statusCode: StatusCodes.Status400BadRequest);
            }

            wanted = Enum.Parse<InspectionStage>(stage, ignoreCase: true);
        }

        return TypedResults.Ok(await store.ListAsync(planId, unitId, wanted, cancellationToken));
    }

    /// <summary>
    /// <c>GET /api/inspections/{id}</c>: staff see everything; the unit (its link already checked against this
    /// inspection) sees its own inspection without the internal audit trail, the approval window and a conclusion not
    /// yet approved.
    /// </summary>
    internal static async Task<Results<Ok<InspectionDetails>, ProblemHttpResult>> GetAsync(
        string id, ApiCaller caller, InspectionStore store, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } details)
        {
            return ApiProblems.NotFound(ProblemCodes.InspectionNotFound, ApiTexts.InspectionNotFound(id));
        }

        if (caller.Unit is null)
        {
            return TypedResults.Ok(details);
        }

        return TypedResults.Ok(details with
        {
            Audit = [],
            Conclusion = details.Conclusion is { Status: ConclusionStatus.Approved } approved ? approved : null,
            ApprovalWindow = null,
        });
    }
}

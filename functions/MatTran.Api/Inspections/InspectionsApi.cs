using MatTran.Api.Problems;
using MatTran.Api.Routing;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.ReadModel.Inspections;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Inspections;

/// <summary>Reading inspections: the staff's list, and one inspection for staff or its unit.</summary>
public static class InspectionsApi
{
    /// <summary><c>GET /api/inspections?planId=&amp;unitId=&amp;stage=</c>: staff only, ordered by id.</summary>
    internal static async Task<Ok<IReadOnlyList<InspectionSummary>>> ListAsync(
        InspectionStore store, string? planId, string? unitId, InspectionStage? stage, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(planId, unitId, stage, cancellationToken));

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

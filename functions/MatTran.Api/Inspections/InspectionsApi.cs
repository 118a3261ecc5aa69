using MatTran.Api.Problems;
using MatTran.Api.Routing;
using MatTran.Inspections.Committees;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.ReadModel.Committees;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Inspections;

/// <summary>Reading inspections: the staff's list, and one inspection for staff or its unit.</summary>
public static class InspectionsApi
{
    /// <summary>
    /// <c>GET /api/inspections?planId=&amp;unitId=&amp;stage=&amp;teamLead=me</c>: staff only, ordered by id. The stage is a
    /// name (any case); a number is refused like an unknown name (400), since minimal-API enum binding would take "1".
    /// <c>teamLead=me</c> keeps the inspections the signed-in staff member leads: the plan's team line names someone of
    /// the plan issuer's staff directory whose sign-in name or email is the caller's (who the caller is comes from the
    /// sign-in, never from the request); any other value is 400 <c>inspection.teamLead.invalid</c>.
    /// </summary>
    internal static async Task<Results<Ok<IReadOnlyList<InspectionSummary>>, ProblemHttpResult>> ListAsync(
        InspectionStore store, PlanStore plans, CommitteeDirectoryStore directories, ApiCaller caller,
        string? planId, string? unitId, string? stage, string? teamLead, CancellationToken cancellationToken)
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

        if (teamLead is null)
        {
            return TypedResults.Ok(await store.ListAsync(planId, unitId, wanted, cancellationToken));
        }

        if (!string.Equals(teamLead, TeamLeadMe, StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.WithCode(StatusCodes.Status400BadRequest, ProblemCodes.InspectionTeamLeadInvalid, ApiTexts.TeamLeadInvalid(teamLead));
        }

        // One plan and one directory read per plan issuer, however many inspections the plans hold.
        string me = caller.Actor;
        var issuers = new Dictionary<string, string?>(StringComparer.Ordinal);
        var directoryOf = new Dictionary<string, CommitteeDirectory>(StringComparer.Ordinal);
        async ValueTask<bool> LedByMe(string inspectionPlanId, string teamLine)
        {
            if (!issuers.TryGetValue(inspectionPlanId, out var issuer))
            {
                issuer = (await plans.FindAsync(inspectionPlanId, cancellationToken))?.IssuerUnitId;
                issuers[inspectionPlanId] = issuer;
            }

            if (issuer is null)
            {
                return false;
            }

            if (!directoryOf.TryGetValue(issuer, out var directory))
            {
                directory = await directories.ReadAsync(issuer, cancellationToken);
                directoryOf[issuer] = directory;
            }

            return directory.Leads(teamLine, me);
        }

        return TypedResults.Ok(await store.ListAsync(planId, unitId, wanted, LedByMe, cancellationToken));
    }

    /// <summary>The one value of <c>teamLead</c>: the caller, as signed in.</summary>
    public const string TeamLeadMe = "me";

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

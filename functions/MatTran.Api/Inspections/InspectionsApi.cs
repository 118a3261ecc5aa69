using System.Security.Claims;
using MatTran.Api.Auth;
using MatTran.Api.Http;
using MatTran.Api.Problems;
using MatTran.Api.UnitAccess;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Links;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Inspections;

public static class InspectionsApi
{
    /// <summary>Room for the multipart framing and a feedback text around a file at the upload limit.</summary>
    public const long FormOverheadBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapInspectionsApi(this IEndpointRouteBuilder app)
    {
        var uploads = app.ServiceProvider.GetRequiredService<UploadPolicy>();
        var uploadLimit = new RequestBodyLimit(uploads.MaxBytes + FormOverheadBytes);
        var inspections = app.MapGroup("api/inspections");
        inspections.MapGet(string.Empty, ListAsync).RequireAuthorization(MatTranPolicies.SignedIn);
        inspections.MapGet("{id}", GetAsync).AllowAnonymous();
        inspections.MapPost("{id}/reschedule", InspectionRequestsApi.RescheduleAsync).RequireAuthorization(MatTranPolicies.Planner);
        inspections.MapPost("{id}/cancel", InspectionRequestsApi.CancelAsync).RequireAuthorization(MatTranPolicies.Planner);
        inspections.MapPost("{id}/findings", InspectionRequestsApi.FindingsAsync).RequireAuthorization(MatTranPolicies.Inspector);
        inspections.MapPost("{id}/conclusion", InspectionRequestsApi.ConclusionAsync).RequireAuthorization(MatTranPolicies.Inspector);
        inspections.MapPost("{id}/conclusion/approve", InspectionRequestsApi.ApproveAsync).RequireAuthorization(MatTranPolicies.Supervisor);
        inspections.MapPost("{id}/conclusion/return", InspectionRequestsApi.ReturnAsync).RequireAuthorization(MatTranPolicies.Supervisor);
        // The unit's own steps: authorised by the signed link in ?t=, not by a sign-in.
        inspections.MapPost("{id}/self-report", UnitSubmissionsApi.SelfReportAsync).AllowAnonymous().WithMetadata(uploadLimit).DisableAntiforgery();
        inspections.MapPost("{id}/feedback", UnitSubmissionsApi.FeedbackAsync).AllowAnonymous().WithMetadata(uploadLimit).DisableAntiforgery();
        return app;
    }

    /// <summary><c>GET /api/inspections?planId=&amp;unitId=&amp;stage=</c>: staff only, ordered by id.</summary>
    private static async Task<Ok<IReadOnlyList<InspectionSummary>>> ListAsync(
        InspectionStore store, string? planId, string? unitId, InspectionStage? stage, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(planId, unitId, stage, cancellationToken));

    /// <summary>
    /// <c>GET /api/inspections/{id}</c>: staff see everything; a unit with a link (any purpose) for this unit and
    /// inspection sees its own inspection without the internal audit trail and without a conclusion not yet approved.
    /// </summary>
    private static async Task<Results<Ok<InspectionDetails>, ProblemHttpResult>> GetAsync(
        string id, HttpRequest request, ClaimsPrincipal user, InspectionStore store, UnitLinkSigner signer, CancellationToken cancellationToken)
    {
        UnitLinkClaims? claims = null;
        if (!user.IsSignedIn() && UnitLinkGate.Authenticate(request, signer, out claims) is { } unauthenticated)
        {
            return unauthenticated;
        }

        if (await store.GetAsync(id, cancellationToken) is not { } details)
        {
            return ApiProblems.NotFound(ProblemCodes.InspectionNotFound, ApiTexts.InspectionNotFound(id));
        }

        if (claims is null)
        {
            return TypedResults.Ok(details);
        }

        if (UnitLinkGate.Authorize(claims, details.Summary.UnitId, id, purpose: null) is { } forbidden)
        {
            return forbidden;
        }

        return TypedResults.Ok(details with
        {
            Audit = [],
            Conclusion = details.Conclusion is { Status: ConclusionStatus.Approved } approved ? approved : null,
            ApprovalWindow = null,
        });
    }
}

using System.Security.Claims;
using MatTran.Durable;
using MatTran.Api.Auth;
using MatTran.Api.Http;
using MatTran.Api.Inspections;
using MatTran.Api.Problems;
using MatTran.Api.UnitAccess;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Links;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Uploads;
using MatTran.Inspections.Validation;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Remediations;

/// <summary>
/// One remediation item (a recommendation being carried out): the unit reports through its link, the team accepts or
/// rejects with a new due date. Report is taken while the item is Open or Rejected, accept/reject while Reported;
/// otherwise 409 <c>remediation.status.conflict</c>.
/// </summary>
public static class RemediationsApi
{
    public static IEndpointRouteBuilder MapRemediationsApi(this IEndpointRouteBuilder app)
    {
        var uploads = app.ServiceProvider.GetRequiredService<UploadPolicy>();
        var remediations = app.MapGroup("api/remediations");
        remediations.MapGet("{id}", GetAsync).AllowAnonymous();
        remediations.MapPost("{id}/report", ReportAsync).AllowAnonymous().DisableAntiforgery()
            .WithMetadata(new RequestBodyLimit(uploads.MaxBytes + InspectionsApi.FormOverheadBytes));
        remediations.MapPost("{id}/accept", AcceptAsync).RequireAuthorization(MatTranPolicies.Inspector);
        remediations.MapPost("{id}/reject", RejectAsync).RequireAuthorization(MatTranPolicies.Inspector);
        return app;
    }

    /// <summary><c>GET /api/remediations/{id}</c>: staff, or the unit with a link (any purpose) for its inspection.</summary>
    private static async Task<Results<Ok<RemediationRecord>, ProblemHttpResult>> GetAsync(
        string id, HttpRequest request, ClaimsPrincipal user, InspectionStore store, UnitLinkSigner signer, CancellationToken cancellationToken)
    {
        UnitLinkClaims? claims = null;
        if (!user.IsSignedIn() && UnitLinkGate.Authenticate(request, signer, out claims) is { } unauthenticated)
        {
            return unauthenticated;
        }

        if (await store.GetRemediationAsync(id, cancellationToken) is not { } record)
        {
            return NotFound(id);
        }

        return claims is not null && UnitLinkGate.Authorize(claims, record.UnitId, record.Item.InspectionId, purpose: null) is { } forbidden
            ? forbidden
            : TypedResults.Ok(record);
    }

    /// <summary><c>POST /api/remediations/{id}/report</c>: multipart <c>text</c> and optional evidence <c>file</c>, unit link (RemediationReport).</summary>
    private static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> ReportAsync(
        string id, HttpRequest request, ClaimsPrincipal user, InspectionStore store, DocumentStore documents, UnitLinkSigner signer,
        UploadValidator validator, UploadPolicy policy, TimeProvider time, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (UnitLinkGate.AuthenticateUnitOnly(request, user, signer, out var claims) is { } unauthenticated)
        {
            return unauthenticated;
        }

        if (await store.GetRemediationAsync(id, cancellationToken) is not { } record)
        {
            return NotFound(id);
        }

        var item = record.Item;
        if (UnitLinkGate.Authorize(claims!, record.UnitId, item.InspectionId, UnitLinkPurpose.RemediationReport) is { } forbidden)
        {
            return forbidden;
        }

        var (form, unreadable) = await MultipartForms.ReadAsync(request, policy.MaxBytes + InspectionsApi.FormOverheadBytes, cancellationToken);
        if (unreadable is not null)
        {
            return unreadable;
        }

        CheckedUpload? upload = null;
        if (form!.Files.GetFile(UnitSubmissionsApi.FileField) is { } file)
        {
            var (checkedUpload, invalid) = await UploadChecks.CheckAsync(file, validator, cancellationToken);
            if (invalid is not null)
            {
                return invalid;
            }

            upload = checkedUpload;
        }

        string text = form[UnitSubmissionsApi.TextField].ToString();
        if (await CheckAsync(record, RemediationSignalKind.Report, RemediationRules.ValidateReport(item, text), client, cancellationToken) is { } refused)
        {
            return refused;
        }

        string actor = UnitLinkGate.Actor(claims!);
        string? documentId = upload is null
            ? null
            : (await UnitSubmissionsApi.StoreAsync(
                record.PlanId, item.InspectionId, DocumentKind.RemediationReport, upload, actor, store, documents, time, cancellationToken)).Id;

        await WorkflowSignals.RaiseAsync(client, id, new RemediationSignal(RemediationSignalKind.Report, actor, text.Trim(), documentId), cancellationToken);
        return Accepted(id, RemediationSignalKind.Report);
    }

    private static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> AcceptAsync(
        string id, CommentBody? body, ClaimsPrincipal user, InspectionStore store, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (await store.GetRemediationAsync(id, cancellationToken) is not { } record)
        {
            return NotFound(id);
        }

        if (await CheckAsync(record, RemediationSignalKind.Accept, ValidationResult.Valid, client, cancellationToken) is { } refused)
        {
            return refused;
        }

        await WorkflowSignals.RaiseAsync(client, id,
            new RemediationSignal(RemediationSignalKind.Accept, user.Name(), string.IsNullOrWhiteSpace(body?.Comment) ? null : body.Comment.Trim()),
            cancellationToken);
        return Accepted(id, RemediationSignalKind.Accept);
    }

    private static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> RejectAsync(
        string id, RejectBody body, ClaimsPrincipal user, InspectionStore store, TimeProvider time, DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        if (await store.GetRemediationAsync(id, cancellationToken) is not { } record)
        {
            return NotFound(id);
        }

        var newDueDate = body.NewDueDate ?? default;
        var validation = RemediationRules.ValidateReject(record.Item, body.Comment, newDueDate, BusinessDay.Today(time));
        if (await CheckAsync(record, RemediationSignalKind.Reject, validation, client, cancellationToken) is { } refused)
        {
            return refused;
        }

        await WorkflowSignals.RaiseAsync(client, id,
            new RemediationSignal(RemediationSignalKind.Reject, user.Name(), body.Comment!.Trim(), NewDueDate: newDueDate), cancellationToken);
        return Accepted(id, RemediationSignalKind.Reject);
    }

    /// <summary>
    /// Status first (409): the rules also report a wrong status, but as a validation error, and a request that merely
    /// came at the wrong time is a conflict, not bad input. Then the rest of the rules (422), then a running workflow.
    /// </summary>
    private static async Task<ProblemHttpResult?> CheckAsync(
        RemediationRecord record, RemediationSignalKind kind, ValidationResult validation, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var status = record.Item.Status;
        bool accepted = kind == RemediationSignalKind.Report
            ? status is RemediationStatus.Open or RemediationStatus.Rejected
            : status == RemediationStatus.Reported;
        if (!accepted)
        {
            return ApiProblems.Conflict(ProblemCodes.RemediationStatusConflict, ApiTexts.RemediationStatusConflict(RemediationTexts.StatusName(status)));
        }

        if (!validation.IsValid)
        {
            return ValidationProblems.RuleViolation(validation);
        }

        return await WorkflowSignals.RequireRunningAsync(client, record.Item.Id, cancellationToken);
    }

    private static Accepted<SignalAccepted> Accepted(string id, RemediationSignalKind kind) =>
        TypedResults.Accepted($"/api/remediations/{id}", new SignalAccepted(id, kind.ToString()));

    private static ProblemHttpResult NotFound(string id) => ApiProblems.NotFound(ProblemCodes.RemediationNotFound, ApiTexts.RemediationNotFound(id));
}

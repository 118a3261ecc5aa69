using MatTran.Api.Http;
using MatTran.Api.Inspections;
using MatTran.Api.Plans;
using MatTran.Api.Problems;
using MatTran.Api.Routing;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Uploads;
using MatTran.Inspections.Validation;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask.Client;

namespace MatTran.Api.Remediations;

/// <summary>
/// One remediation item (a recommendation being carried out): the unit reports through its link, the team accepts or
/// rejects with a new due date. Report is taken while the item is Open or Rejected, accept/reject while Reported;
/// otherwise 409 <c>remediation.status.conflict</c>.
/// </summary>
public static class RemediationsApi
{
    /// <summary><c>GET /api/remediations/{id}</c>: staff, or the unit with a link (any purpose) for its inspection.</summary>
    internal static async Task<Results<Ok<RemediationRecord>, ProblemHttpResult>> GetAsync(
        string id, InspectionStore store, CancellationToken cancellationToken) =>
        await store.GetRemediationAsync(id, cancellationToken) is { } record ? TypedResults.Ok(record) : NotFound(id);

    /// <summary><c>POST /api/remediations/{id}/report</c>: multipart <c>text</c> and optional evidence <c>file</c>, unit link (RemediationReport).</summary>
    internal static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> ReportAsync(
        string id, HttpRequest request, ApiCaller caller, InspectionStore store, DocumentStore documents,
        UploadValidator validator, UploadPolicy policy, PlanTime time, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (await store.GetRemediationAsync(id, cancellationToken) is not { } record)
        {
            return NotFound(id);
        }

        var item = record.Item;

        var (form, unreadable) = await MultipartForms.ReadAsync(request, policy.MaxBytes + ApiBodyLimits.FormOverheadBytes, cancellationToken);
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

        string text = TextRules.Normalize(form[UnitSubmissionsApi.TextField].ToString())!;
        var edge = RequestTextValidator.Validate(new ReportForm(text));
        if (!edge.IsValid)
        {
            return ValidationProblems.RuleViolation(edge);
        }

        if (await CheckAsync(record, RemediationSignalKind.Report, RemediationRules.ValidateReport(item, text), client, cancellationToken) is { } refused)
        {
            return refused;
        }

        string actor = caller.Actor;
        string? documentId = upload is null
            ? null
            : (await UnitSubmissionsApi.StoreAsync(
                record.PlanId, item.InspectionId, DocumentKind.RemediationReport, upload, actor, store, documents, time, cancellationToken)).Id;

        await WorkflowSignals.RaiseAsync(client, id, new RemediationSignal(RemediationSignalKind.Report, actor, text.Trim(), documentId), cancellationToken);
        return Accepted(id, RemediationSignalKind.Report);
    }

    internal static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> AcceptAsync(
        string id, CommentBody? body, ApiCaller caller, InspectionStore store, DurableTaskClient client, CancellationToken cancellationToken)
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
            new RemediationSignal(RemediationSignalKind.Accept, caller.Actor, string.IsNullOrWhiteSpace(body?.Comment) ? null : body.Comment.Trim()),
            cancellationToken);
        return Accepted(id, RemediationSignalKind.Accept);
    }

    internal static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> RejectAsync(
        string id, RejectBody body, ApiCaller caller, InspectionStore store, PlanTime time, DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        if (await store.GetRemediationAsync(id, cancellationToken) is not { } record)
        {
            return NotFound(id);
        }

        var newDueDate = body.NewDueDate ?? default;
        var validation = RemediationRules.ValidateReject(record.Item, body.Comment, newDueDate, await time.TodayAsync(record.PlanId, cancellationToken));
        if (await CheckAsync(record, RemediationSignalKind.Reject, validation, client, cancellationToken) is { } refused)
        {
            return refused;
        }

        await WorkflowSignals.RaiseAsync(client, id,
            new RemediationSignal(RemediationSignalKind.Reject, caller.Actor, body.Comment!.Trim(), NewDueDate: newDueDate), cancellationToken);
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

        return await WorkflowSignals.RequireRunningRemediationAsync(client, record.Item.Id, cancellationToken);
    }

    private static Accepted<SignalAccepted> Accepted(string id, RemediationSignalKind kind) =>
        TypedResults.Accepted($"/api/remediations/{id}", new SignalAccepted(id, kind.ToString()));

    private static ProblemHttpResult NotFound(string id) => ApiProblems.NotFound(ProblemCodes.RemediationNotFound, ApiTexts.RemediationNotFound(id));
}

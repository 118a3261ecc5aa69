using System.Text.Json;
using MatTran.Api.Http;
using MatTran.Api.Plans;
using MatTran.Api.Problems;
using MatTran.Api.Routing;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Findings;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Uploads;
using MatTran.Inspections.Validation;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask.Client;

namespace MatTran.Api.Inspections;

/// <summary>
/// What the inspected unit sends through its emailed link: the self-report and its feedback on the draft. The access
/// policy has checked the link (401) and its scope (404, 403) before these run; then the body (400/413/415/422) and the
/// stage (409); only then is a file stored, listed on the inspection and the signal raised, so a refused request
/// stores nothing.
/// </summary>
public static class UnitSubmissionsApi
{
    public const string FileField = MultipartForms.FileField;
    public const string TextField = "text";

    internal static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> SelfReportAsync(
        string id, HttpRequest request, ApiCaller caller, InspectionStore store, DocumentStore documents,
        UploadValidator validator, UploadPolicy policy, PlanTime time, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } details)
        {
            return InspectionRequestsApi.NotFound(id);
        }

        var (form, unreadable) = await MultipartForms.ReadAsync(request, policy.MaxBytes + ApiBodyLimits.FormOverheadBytes, cancellationToken);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var (upload, invalid) = await UploadChecks.CheckAsync(form!.Files.GetFile(FileField), validator, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        if (await ReadyAsync(details, InspectionSignalKind.SelfReport, client, cancellationToken) is { } notReady)
        {
            return notReady;
        }

        string actor = caller.Actor;
        var document = await StoreAsync(details.Summary.PlanId, id, DocumentKind.SelfReport, upload!, actor, store, documents, time, cancellationToken);
        await WorkflowSignals.RaiseAsync(client, id, new InspectionSignal(InspectionSignalKind.SelfReport, actor, DocumentId: document.Id), cancellationToken);
        return InspectionRequestsApi.Accepted(id, InspectionSignalKind.SelfReport);
    }

    /// <summary>Multipart (<c>text</c>, optional <c>file</c>) or JSON <c>{ "text" }</c>; text or a file is required.</summary>
    internal static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> FeedbackAsync(
        string id, HttpRequest request, ApiCaller caller, InspectionStore store, DocumentStore documents,
        UploadValidator validator, UploadPolicy policy, PlanTime time, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } details)
        {
            return InspectionRequestsApi.NotFound(id);
        }

        string? text;
        CheckedUpload? upload = null;
        if (request.HasJsonContentType())
        {
            try
            {
                text = (await request.ReadFromJsonAsync<FeedbackBody>(cancellationToken))?.Text;
            }
            catch (JsonException e)
            {
                return TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        }
        else if (MultipartForms.IsMultipart(request))
        {
            var (form, unreadable) = await MultipartForms.ReadAsync(request, policy.MaxBytes + ApiBodyLimits.FormOverheadBytes, cancellationToken);
            if (unreadable is not null)
            {
                return unreadable;
            }

            text = TextRules.Normalize(form![TextField].ToString());
            if (form.Files.GetFile(FileField) is { } file)
            {
                var (checkedUpload, invalid) = await UploadChecks.CheckAsync(file, validator, cancellationToken);
                if (invalid is not null)
                {
                    return invalid;
                }

                upload = checkedUpload;
            }
        }
        else
        {
            return ApiProblems.WithCode(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType, ApiTexts.FeedbackMediaTypes);
        }

        // JSON or form, the text passes the same edge check as every body (RequestTextFilter cannot see a body read here).
        var edge = RequestTextValidator.Validate(new FeedbackBody(text));
        if (!edge.IsValid)
        {
            return ValidationProblems.RuleViolation(edge);
        }

        var validation = FindingsValidator.ValidateFeedback(text, upload is not null);
        if (!validation.IsValid)
        {
            return ValidationProblems.RuleViolation(validation);
        }

        if (await ReadyAsync(details, InspectionSignalKind.Feedback, client, cancellationToken) is { } notReady)
        {
            return notReady;
        }

        string actor = caller.Actor;
        string? documentId = upload is null
            ? null
            : (await StoreAsync(details.Summary.PlanId, id, DocumentKind.UnitFeedback, upload, actor, store, documents, time, cancellationToken)).Id;
        await WorkflowSignals.RaiseAsync(client, id,
            new InspectionSignal(InspectionSignalKind.Feedback, actor, Text: string.IsNullOrWhiteSpace(text) ? null : text.Trim(), DocumentId: documentId),
            cancellationToken);
        return InspectionRequestsApi.Accepted(id, InspectionSignalKind.Feedback);
    }

    /// <summary>A file stored as the next version of its kind and listed on the inspection.</summary>
    internal static async Task<InspectionDocument> StoreAsync(
        string planId, string inspectionId, DocumentKind kind, CheckedUpload upload, string actor, InspectionStore store,
        DocumentStore documents, PlanTime time, CancellationToken cancellationToken)
    {
        var stored = await documents.SaveAsync(new DocumentUpload
        {
            PlanId = planId,
            InspectionId = inspectionId,
            Kind = kind,
            FileName = upload.FileName,
            ContentType = upload.ContentType,
            Content = upload.Content,
            Uploader = actor,
        }, cancellationToken);
        return await store.AddDocumentAsync(stored, await time.NowAsync(planId, cancellationToken), cancellationToken: cancellationToken);
    }

    private static async Task<ProblemHttpResult?> ReadyAsync(
        InspectionDetails details, InspectionSignalKind kind, DurableTaskClient client, CancellationToken cancellationToken) =>
        InspectionRequestsApi.CheckStage(details, kind) ?? await WorkflowSignals.RequireRunningAsync(client, details.Summary.Id, cancellationToken);
}

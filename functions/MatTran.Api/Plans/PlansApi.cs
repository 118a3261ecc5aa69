using Azure;
using MatTran.Api.Problems;
using MatTran.Api.Routing;
using MatTran.Inspections.Calendar;
using MatTran.Inspections.Documents.Issuing;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;
using MatTran.Inspections.Plans.Overlaps;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.ReadModel.Units;
using MatTran.Inspections.Validation;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask.Client;

namespace MatTran.Api.Plans;

public static class PlansApi
{
    /// <summary>
    /// Room for <see cref="PlanStore.MaxInspections"/> inspections with long team lists: one with a lead, ten members and
    /// five site visits under Vietnamese names is about 600 bytes of compact UTF-8 JSON and 1,000 with non-ASCII escaped
    /// (System.Text.Json's default) and indented, so 5,000 of them are 2.8–4.7 MB. Anything bigger is not a plan.
    /// </summary>
    public const long MaxPlanBytes = 6 * 1024 * 1024;

    /// <summary>
    /// <c>POST /api/plans</c>: validated against the stored units; stored as a Draft with every inspection Scheduled,
    /// visible whole or not at all (<see cref="PlanStore"/>).
    /// </summary>
    internal static async Task<Results<Created<PlanCreated>, ProblemHttpResult>> CreateAsync(
        CreatePlanRequest request, ApiCaller caller, UnitStore units, PlanStore plans, WorkingDayCalendar calendar,
        PlanOverlapChecker overlaps, CancellationToken cancellationToken)
    {
        var id = PlanId.New(request.IssuerUnitId ?? string.Empty, request.Year);
        var plan = ToPlan(id, request);
        var result = await ValidateAsync(plan, units, calendar, cancellationToken);
        if (!result.IsValid)
        {
            return ValidationProblems.RuleViolation(result);
        }

        if (await plans.AddAsync(id, plan, caller.Actor, cancellationToken) == PlanAddOutcome.NumberTaken)
        {
            return ApiProblems.Conflict(ProblemCodes.PlanNumberTaken, ApiTexts.PlanNumberTaken(plan.Number, plan.Year));
        }

        // Read back as stored: the overlap check compares stored visits (their ids), the new plan's among them.
        var stored = await plans.FindAsync(id.ToString(), cancellationToken)
            ?? throw new InvalidOperationException($"Plan {id} was stored but cannot be read.");
        return TypedResults.Created($"/api/plans/{id}", new PlanCreated(id.ToString(), await PlanOverlapsApi.WarningsAsync(stored, units, overlaps, cancellationToken)));
    }

    /// <summary><c>GET /api/plans?year=</c>: plan rows only (no inspections), by year, issuer and number.</summary>
    internal static async Task<Ok<IReadOnlyList<PlanSummary>>> ListAsync(PlanStore plans, int? year, CancellationToken cancellationToken) =>
        TypedResults.Ok(await plans.ListAsync(year, cancellationToken));

    /// <summary>
    /// <c>GET /api/plans/{id}</c>: the plan with each inspection's id and live stage, its follow-ups and, once
    /// completed, the year-end summary; the <c>ETag</c> header is the plan's version, which the caller may send back as
    /// <c>If-Match</c> on a change.
    /// </summary>
    internal static async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> GetAsync(
        string id, HttpResponse response, PlanStore plans, InspectionStore inspections, DurableTaskClient client, PlanTime time,
        CancellationToken cancellationToken)
    {
        if (await plans.FindAsync(id, cancellationToken) is not { } plan)
        {
            return ApiProblems.NotFound(ProblemCodes.PlanNotFound, ApiTexts.PlanNotFound(id));
        }

        // Before launch the workflow has written nothing for the plan; skip the queries.
        var documents = plan.Status == PlanStatus.Draft ? [] : await plans.ListDocumentsAsync(id, cancellationToken);
        if (plan.Status is PlanStatus.Draft or PlanStatus.Approved)
        {
            response.Headers.ETag = plan.ETag.ToString();
            return TypedResults.Ok(PlanResponses.From(plan, time.Now(plan), documents: documents));
        }

        var live = await inspections.ListAsync(planId: id, cancellationToken: cancellationToken);
        var orchestration = await client.GetInstanceAsync(WorkflowInstanceIds.ForPlan(id), getInputsAndOutputs: true, cancellationToken);
        response.Headers.ETag = plan.ETag.ToString();
        return TypedResults.Ok(PlanResponses.From(plan, time.Now(plan), live, orchestration?.ReadCustomStatusAs<PlanProgress>(), documents));
    }

    /// <summary>
    /// <c>POST /api/plans/{id}/approve</c>: Draft → Approved. Idempotent: approving an approved plan answers 200 with the
    /// plan unchanged (the first approver is kept); a launched or completed plan answers 409. An optional <c>If-Match</c>
    /// (the <c>ETag</c> of a GET) approves only that version: a plan changed since answers 409.
    /// </summary>
    internal static async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> ApproveAsync(
        string id, HttpRequest request, ApiCaller caller, PlanStore plans, PlanDocuments planDocuments, PlanTime time, CancellationToken cancellationToken)
    {
        string? ifMatch = request.Headers.IfMatch;
        ETag? expected = string.IsNullOrEmpty(ifMatch) || ifMatch == "*" ? null : new ETag(ifMatch);
        var outcome = await plans.ApproveAsync(id, caller.Actor, expected, cancellationToken);
        if (outcome is PlanApprovalOutcome.Approved or PlanApprovalOutcome.AlreadyApproved)
        {
            // Issued after the approval is stored and keyed by the plan: a retried approval finishes a document a crash cut off.
            await planDocuments.IssueAnnualPlanAsync(id, cancellationToken);
        }

        return outcome switch
        {
            PlanApprovalOutcome.Approved or PlanApprovalOutcome.AlreadyApproved when await plans.FindAsync(id, cancellationToken) is { } plan =>
                TypedResults.Ok(PlanResponses.From(plan, time.Now(plan), documents: await plans.ListDocumentsAsync(id, cancellationToken))),
            PlanApprovalOutcome.NotDraft => ApiProblems.Conflict(ProblemCodes.PlanStatusConflict, ApiTexts.PlanNotDraft),
            PlanApprovalOutcome.ConcurrentUpdate => ApiProblems.Conflict(ProblemCodes.PlanConcurrentUpdate, ApiTexts.PlanChangedConcurrently),
            _ => ApiProblems.NotFound(ProblemCodes.PlanNotFound, ApiTexts.PlanNotFound(id)),
        };
    }

    /// <summary>
    /// <c>GET /api/plans/{id}/documents/{documentId}</c>: one of the plan's own documents (<c>annual-plan.v1</c>,
    /// <c>year-end-report.v1</c>), with its type, name, and <c>ETag</c> = its SHA-256, checked on the way out.
    /// </summary>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DocumentAsync(
        string id, string documentId, PlanStore plans, DocumentStore documents, CancellationToken cancellationToken)
    {
        if ((await plans.ListDocumentsAsync(id, cancellationToken)).FirstOrDefault(d => d.Id == documentId) is not { } document)
        {
            return ApiProblems.NotFound(ProblemCodes.DocumentNotFound, ApiTexts.DocumentNotFound(documentId));
        }

        var content = await documents.DownloadAsync(document.BlobName, cancellationToken);
        return TypedResults.File(content.Content.ToArray(), document.ContentType, document.FileName,
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{document.Sha256}\""));
    }

    /// <summary>
    /// The checks of a new plan, also made on an edit: the validator against the stored units. Texts and list sizes
    /// (plan.inspections.tooMany among them) were checked at the edge (RequestTextFilter).
    /// </summary>
    internal static async Task<ValidationResult> ValidateAsync(AnnualPlan plan, UnitStore units, WorkingDayCalendar calendar, CancellationToken cancellationToken) =>
        PlanValidator.Validate(plan, await units.DirectoryAsync(cancellationToken), calendar);

    /// <summary>The request as the domain's plan (also used to seed the demo plan).</summary>
    internal static AnnualPlan ToPlan(PlanId id, CreatePlanRequest request) => new(
        id.ToString(),
        request.Number ?? string.Empty,
        request.Year,
        request.IssuerUnitId ?? string.Empty,
        request.Title ?? string.Empty,
        request.Topics ?? [],
        [.. (request.Inspections ?? []).Select(ToPlannedInspection)],
        Targets: [.. (request.Targets ?? []).Select(t => new PlanTarget(
            // Absent values fail validation with their codes rather than becoming the enum's first value or 0 silently.
            t?.Metric ?? (TargetMetric)(-1), t?.Level, t?.ThresholdPercent ?? 0))]);

    private static PlannedInspection ToPlannedInspection(PlannedInspectionRequest? request) => new(
        request?.UnitId ?? string.Empty,
        // An absent kind must fail validation as plan.kind.invalid, not silently become the enum's first value.
        request?.Kind ?? (InspectionKind)(-1),
        request?.VisitDate ?? default,
        // The validator reports a missing period (plan.coveredPeriod.required); the domain record has no "absent" value.
        request?.CoveredPeriod is { } period ? new CoveredPeriod(period.From, period.To) : null!,
        request?.TeamLead ?? string.Empty,
        request?.Members ?? [],
        request?.SiteVisits ?? [],
        request?.Topics is { Count: > 0 } topics ? topics : null);
}

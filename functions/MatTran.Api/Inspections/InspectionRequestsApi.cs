using MatTran.Api.Plans;
using MatTran.Api.Problems;
using MatTran.Api.Routing;
using MatTran.Inspections.Calendar;
using MatTran.Inspections.Committees;
using MatTran.Inspections.Conclusions;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Committees;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.ReadModel.Units;
using MatTran.Inspections.Validation;
using MatTran.Inspections.Workflows.Contracts;
using MatTran.Inspections.Workflows.Orchestrators;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask.Client;

namespace MatTran.Api.Inspections;

/// <summary>
/// The staff's requests on one inspection. Each: 404 for an unknown inspection, 422 when the request breaks a rule,
/// 409 when the inspection's stage does not take it (or its workflow is not running), else the signal is raised and
/// the answer is 202 with the inspection's location. Nothing is stored here: the workflow records what it accepts.
/// </summary>
public static class InspectionRequestsApi
{
    internal static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> RescheduleAsync(
        string id, RescheduleBody body, ApiCaller caller, InspectionStore store, PlanStore plans, WorkingDayCalendar calendar,
        PlanTime time, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } details)
        {
            return NotFound(id);
        }

        var plan = await plans.FindAsync(details.Summary.PlanId, cancellationToken);
        var request = new RescheduleRequest(body.VisitDate ?? default, body.Reason ?? string.Empty);
        var today = plan is null ? await time.TodayAsync(details.Summary.PlanId, cancellationToken) : PlanTime.Today(time.Now(plan));
        var validation = ScheduleChangeValidator.ValidateReschedule(
            request, plan?.Year ?? details.Summary.VisitDate.Year, details.Summary.VisitDate, today, calendar);
        return await SignalAsync(details, validation, client, cancellationToken,
            new InspectionSignal(InspectionSignalKind.Reschedule, caller.Actor, VisitDate: request.VisitDate, Text: request.Reason.Trim()));
    }

    internal static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> CancelAsync(
        string id, ReasonBody body, ApiCaller caller, InspectionStore store, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } details)
        {
            return NotFound(id);
        }

        return await SignalAsync(details, ScheduleChangeValidator.ValidateCancel(body.Reason), client, cancellationToken,
            new InspectionSignal(InspectionSignalKind.Cancel, caller.Actor, Text: body.Reason?.Trim()));
    }

    internal static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> FindingsAsync(
        string id, FindingsBody body, ApiCaller caller, InspectionStore store, PlanStore plans, DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } details)
        {
            return NotFound(id);
        }

        var topics = (await plans.FindAsync(details.Summary.PlanId, cancellationToken))?.TopicsOf(details.Summary.ParentInspectionId ?? id) ?? [];
        var submission = body.ToSubmission();
        return await SignalAsync(details, FindingsValidator.Validate(submission, [.. topics]), client, cancellationToken,
            new InspectionSignal(InspectionSignalKind.Findings, caller.Actor, Findings: submission));
    }

    /// <summary>
    /// The conclusion for approval. Recommendations are addressed (<see cref="RecommendationAddressing"/>) against the
    /// unit tree and the issuing committee's directory first, so the signal carries names, not ids.
    /// </summary>
    internal static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> ConclusionAsync(
        string id, ConclusionBody body, ApiCaller caller, InspectionStore store, PlanTime time, UnitStore units,
        CommitteeDirectoryStore directories, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } details)
        {
            return NotFound(id);
        }

        var conclusion = body.ToConclusion();
        var committee = PlanId.TryParse(details.Summary.PlanId, out var planId)
            ? await directories.ReadAsync(planId.IssuerUnitId, cancellationToken)
            : CommitteeDirectory.Empty(string.Empty);
        var (addressed, addressing) = RecommendationAddressing.Resolve(conclusion.Recommendations, await units.DirectoryAsync(cancellationToken), committee);
        conclusion = conclusion with { Recommendations = addressed };
        var today = await time.TodayAsync(details.Summary.PlanId, cancellationToken);
        var validation = new ValidationResultBuilder().Merge(ConclusionValidator.Validate(conclusion, today)).Merge(addressing).Build();
        return await SignalAsync(details, validation, client, cancellationToken,
            new InspectionSignal(InspectionSignalKind.Conclusion, caller.Actor, Conclusion: conclusion));
    }

    internal static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> ApproveAsync(
        string id, ApiCaller caller, InspectionStore store, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } details)
        {
            return NotFound(id);
        }

        return await SignalAsync(details, ValidationResult.Valid, client, cancellationToken,
            new InspectionSignal(InspectionSignalKind.Approve, caller.Actor));
    }

    internal static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> ReturnAsync(
        string id, CommentBody body, ApiCaller caller, InspectionStore store, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } details)
        {
            return NotFound(id);
        }

        return await SignalAsync(details, ConclusionValidator.ValidateReturn(body.Comment), client, cancellationToken,
            new InspectionSignal(InspectionSignalKind.Return, caller.Actor, Text: body.Comment?.Trim()));
    }

    /// <summary>The checks every request shares, in the documented order, then the signal.</summary>
    internal static async Task<Results<Accepted<SignalAccepted>, ProblemHttpResult>> SignalAsync(
        InspectionDetails details, ValidationResult validation, DurableTaskClient client, CancellationToken cancellationToken,
        InspectionSignal signal)
    {
        if (!validation.IsValid)
        {
            return ValidationProblems.RuleViolation(validation);
        }

        if (CheckStage(details, signal.Kind) is { } conflict)
        {
            return conflict;
        }

        string id = details.Summary.Id;
        if (await WorkflowSignals.RequireRunningAsync(client, id, cancellationToken) is { } notRunning)
        {
            return notRunning;
        }

        await WorkflowSignals.RaiseAsync(client, id, signal, cancellationToken);
        return Accepted(id, signal.Kind);
    }

    internal static ProblemHttpResult? CheckStage(InspectionDetails details, InspectionSignalKind kind) =>
        SignalAcceptance.Accepts(details.Summary.Stage, kind)
            ? null
            : ApiProblems.Conflict(ProblemCodes.InspectionStageConflict, ApiTexts.StageConflict(InspectionTexts.StageName(details.Summary.Stage, details.Summary.Kind)));

    internal static Accepted<SignalAccepted> Accepted(string id, InspectionSignalKind kind) =>
        TypedResults.Accepted($"/api/inspections/{id}", new SignalAccepted(id, kind.ToString()));

    internal static ProblemHttpResult NotFound(string id) => ApiProblems.NotFound(ProblemCodes.InspectionNotFound, ApiTexts.InspectionNotFound(id));
}

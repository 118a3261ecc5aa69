using MatTran.Api.Problems;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask.Client;

namespace MatTran.Api.Inspections;

/// <summary>Raises people's requests on the orchestrations, whose instance ids are the business ids.</summary>
public static class WorkflowSignals
{
    /// <summary>
    /// Null when the inspection's live instance will receive the signal. Checked before any upload is stored, because
    /// the runtime throws for an unknown instance and silently drops events for a finished one. No instance yet is
    /// transient — the plan's workflow lists every inspection (Scheduled) a moment before it creates their workflows —
    /// so it is 503 <c>workflow.starting</c> (retry shortly); a finished one is 409 <c>workflow.notRunning</c>. Only staff
    /// can meet the 503 (reschedule, cancel just after a launch): a unit acts only at stages the inspection's own workflow
    /// has written.
    /// </summary>
    public static async Task<ProblemHttpResult?> RequireRunningAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await client.GetInstanceAsync(instanceId, cancellationToken);
        return instance switch
        {
            null => ApiProblems.WithCode(StatusCodes.Status503ServiceUnavailable, ProblemCodes.WorkflowStarting, ApiTexts.WorkflowStarting),
            _ => RunningOrConflict(instance),
        };
    }

    /// <summary>
    /// Null when the remediation item's live instance will receive the signal. An item is listed only by its own
    /// workflow's first step, so its instance exists whenever the item does; none (purged long after it ended) or a
    /// finished one is 409 <c>workflow.notRunning</c> — never a 503 for the unit.
    /// </summary>
    public static async Task<ProblemHttpResult?> RequireRunningRemediationAsync(DurableTaskClient client, string remediationId, CancellationToken cancellationToken = default) =>
        await client.GetInstanceAsync(remediationId, cancellationToken) is { } instance
            ? RunningOrConflict(instance)
            : ApiProblems.Conflict(ProblemCodes.WorkflowNotRunning, ApiTexts.WorkflowNotRunning);

    private static ProblemHttpResult? RunningOrConflict(OrchestrationMetadata instance) =>
        instance.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended
            ? null
            : ApiProblems.Conflict(ProblemCodes.WorkflowNotRunning, ApiTexts.WorkflowNotRunning);

    public static Task RaiseAsync(DurableTaskClient client, string inspectionId, InspectionSignal signal, CancellationToken cancellationToken = default) =>
        client.RaiseEventAsync(inspectionId, WorkflowEvents.InspectionSignal, signal, cancellationToken);

    public static Task RaiseAsync(DurableTaskClient client, string remediationId, RemediationSignal signal, CancellationToken cancellationToken = default) =>
        client.RaiseEventAsync(remediationId, WorkflowEvents.RemediationSignal, signal, cancellationToken);
}

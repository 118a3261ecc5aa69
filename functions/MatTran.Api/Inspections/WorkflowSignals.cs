using MatTran.Api.Problems;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask.Client;

namespace MatTran.Api.Inspections;

/// <summary>Raises people's requests on the orchestrations, whose instance ids are the business ids.</summary>
public static class WorkflowSignals
{
    /// <summary>
    /// Null when a live instance will receive the signal. Checked before any upload is stored, because the runtime
    /// throws for an unknown instance and silently drops events for a finished one. No instance yet is transient — the
    /// read model shows an inspection or remediation item a moment before its parent orchestration has created it —
    /// so it is 503 <c>workflow.starting</c> (retry shortly); a finished one is 409 <c>workflow.notRunning</c>.
    /// </summary>
    public static async Task<ProblemHttpResult?> RequireRunningAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await client.GetInstanceAsync(instanceId, cancellationToken);
        return instance switch
        {
            null => ApiProblems.WithCode(StatusCodes.Status503ServiceUnavailable, ProblemCodes.WorkflowStarting, ApiTexts.WorkflowStarting),
            { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended } => null,
            _ => ApiProblems.Conflict(ProblemCodes.WorkflowNotRunning, ApiTexts.WorkflowNotRunning),
        };
    }

    public static Task RaiseAsync(DurableTaskClient client, string inspectionId, InspectionSignal signal, CancellationToken cancellationToken = default) =>
        client.RaiseEventAsync(inspectionId, WorkflowEvents.InspectionSignal, signal, cancellationToken);

    public static Task RaiseAsync(DurableTaskClient client, string remediationId, RemediationSignal signal, CancellationToken cancellationToken = default) =>
        client.RaiseEventAsync(remediationId, WorkflowEvents.RemediationSignal, signal, cancellationToken);
}

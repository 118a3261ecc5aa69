using MatTran.Durable;
using MatTran.Functions.Problems;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Functions.Inspections;

/// <summary>Raises people's requests on the orchestrations, whose instance ids are the business ids.</summary>
public static class WorkflowSignals
{
    /// <summary>
    /// 409 <c>workflow.notRunning</c> when no live instance would receive a signal: the runtime throws for an unknown
    /// instance and silently drops events for a finished one. Checked before any upload is stored.
    /// </summary>
    public static async Task<ProblemHttpResult?> RequireRunningAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await client.GetInstanceAsync(instanceId, cancellationToken: cancellationToken);
        return instance is { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended }
            ? null
            : ApiProblems.Conflict(ProblemCodes.WorkflowNotRunning, ApiTexts.WorkflowNotRunning);
    }

    public static Task RaiseAsync(DurableTaskClient client, string inspectionId, InspectionSignal signal, CancellationToken cancellationToken = default) =>
        client.RaiseEventAsync(inspectionId, WorkflowEvents.InspectionSignal, signal, cancellationToken);

    public static Task RaiseAsync(DurableTaskClient client, string remediationId, RemediationSignal signal, CancellationToken cancellationToken = default) =>
        client.RaiseEventAsync(remediationId, WorkflowEvents.RemediationSignal, signal, cancellationToken);
}

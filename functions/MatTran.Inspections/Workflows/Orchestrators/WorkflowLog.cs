using MatTran.Inspections.Inspections;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.Extensions.Logging;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>What the orchestrators log: ids, stages and kinds only, never names, texts or emails (personal data).</summary>
internal static partial class WorkflowLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Inspection {InspectionId} entered stage {Stage}")]
    public static partial void StageEntered(ILogger logger, string inspectionId, InspectionStage stage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inspection {InspectionId} ignored a {Kind} signal in stage {Stage}")]
    public static partial void SignalIgnored(ILogger logger, string inspectionId, InspectionSignalKind kind, InspectionStage stage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Remediation {RemediationId} ignored a {Kind} signal in status {Status}")]
    public static partial void RemediationSignalIgnored(ILogger logger, string remediationId, RemediationSignalKind kind, RemediationStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Remediation {RemediationId} ended {Status}")]
    public static partial void RemediationEnded(ILogger logger, string remediationId, RemediationStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId}: {Closed} closed, {Cancelled} cancelled, {Running} running of {Total}")]
    public static partial void PlanProgressed(ILogger logger, string planId, int closed, int cancelled, int running, int total);

    [LoggerMessage(Level = LogLevel.Error, Message = "Plan {PlanId}: the workflow of inspection {InspectionId} failed ({ErrorType}); the plan goes on without it")]
    public static partial void InspectionFailed(ILogger logger, string planId, string inspectionId, string errorType);
}

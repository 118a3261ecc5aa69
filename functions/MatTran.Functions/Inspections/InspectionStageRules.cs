using MatTran.Inspections.Inspections;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Functions.Inspections;

/// <summary>
/// Which stages accept which request (docs/api.md § Stage acceptance). The API answers 409 outside these, before anything
/// is stored; the orchestration would otherwise only audit the request as ignored, and the caller would never know.
/// </summary>
public static class InspectionStageRules
{
    public static bool Accepts(InspectionSignalKind kind, InspectionStage stage) => kind switch
    {
        InspectionSignalKind.Reschedule => stage is InspectionStage.Scheduled or InspectionStage.NoticeSent
            or InspectionStage.AwaitingSelfReport or InspectionStage.AwaitingVisit,
        InspectionSignalKind.Cancel => stage is >= InspectionStage.Scheduled and <= InspectionStage.AwaitingApproval,
        InspectionSignalKind.SelfReport => stage is InspectionStage.NoticeSent or InspectionStage.AwaitingSelfReport
            or InspectionStage.AwaitingVisit,
        InspectionSignalKind.Findings => stage == InspectionStage.AwaitingFindings,
        InspectionSignalKind.Feedback or InspectionSignalKind.Conclusion => stage == InspectionStage.AwaitingUnitFeedback,
        InspectionSignalKind.Approve or InspectionSignalKind.Return => stage == InspectionStage.AwaitingApproval,
        _ => false,
    };
}

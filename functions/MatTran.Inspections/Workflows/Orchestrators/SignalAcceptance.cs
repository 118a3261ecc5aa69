using MatTran.Inspections.Inspections;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>
/// Which request an inspection takes in which stage (the table of Issue 4). The HTTP API answers 409 outside it; the
/// orchestrator consumes anything else as an ignored signal, because the API's check and the orchestrator's wait can race.
/// </summary>
public static class SignalAcceptance
{
    public static bool Accepts(InspectionStage stage, InspectionSignalKind kind) => kind switch
    {
        InspectionSignalKind.Reschedule => stage is InspectionStage.Scheduled or InspectionStage.NoticeSent
            or InspectionStage.AwaitingSelfReport or InspectionStage.AwaitingVisit,
        InspectionSignalKind.Cancel => stage < InspectionStage.ConclusionIssued,
        InspectionSignalKind.SelfReport => stage is InspectionStage.NoticeSent or InspectionStage.AwaitingSelfReport
            or InspectionStage.AwaitingVisit,
        InspectionSignalKind.Findings => stage == InspectionStage.AwaitingFindings,
        InspectionSignalKind.Feedback or InspectionSignalKind.Conclusion => stage == InspectionStage.AwaitingUnitFeedback,
        InspectionSignalKind.Approve or InspectionSignalKind.Return => stage == InspectionStage.AwaitingApproval,
        _ => false,
    };
}

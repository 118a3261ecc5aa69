using MatTran.Inspections.Inspections;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>
/// Which request an inspection takes in which stage (the table of Issue 4). The HTTP API answers 409 outside it; the
/// orchestrator consumes anything else as an ignored signal, because the API's check and the orchestrator's wait can race
/// — except a request for the stage it moves to next, which it keeps for that stage (see <see cref="SignalFit.Next"/>).
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

    /// <summary>Whether a stage the inspection can move to straight from <paramref name="stage"/> takes the request.</summary>
    public static bool AcceptsNext(InspectionStage stage, InspectionSignalKind kind) =>
        Successors(stage).Any(next => Accepts(next, kind));

    /// <summary>The stages the lifecycle moves to straight from <paramref name="stage"/> (Cancelled aside: it takes nothing).</summary>
    public static IReadOnlyList<InspectionStage> Successors(InspectionStage stage) => stage switch
    {
        InspectionStage.Scheduled => [InspectionStage.NoticeSent],
        InspectionStage.NoticeSent => [InspectionStage.AwaitingSelfReport],
        InspectionStage.AwaitingSelfReport => [InspectionStage.AwaitingVisit],
        InspectionStage.AwaitingVisit => [InspectionStage.AwaitingFindings],
        InspectionStage.AwaitingFindings => [InspectionStage.AwaitingUnitFeedback],
        InspectionStage.AwaitingUnitFeedback => [InspectionStage.AwaitingApproval],
        InspectionStage.AwaitingApproval => [InspectionStage.ConclusionIssued, InspectionStage.AwaitingFindings],
        InspectionStage.ConclusionIssued => [InspectionStage.Remediation, InspectionStage.Closed],
        InspectionStage.Remediation => [InspectionStage.FollowUp, InspectionStage.Closed],
        InspectionStage.FollowUp => [InspectionStage.Closed],
        _ => [],
    };
}

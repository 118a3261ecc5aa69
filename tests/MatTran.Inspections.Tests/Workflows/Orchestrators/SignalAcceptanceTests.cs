using MatTran.Inspections.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using MatTran.Inspections.Workflows.Orchestrators;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

[TestClass]
public sealed class SignalAcceptanceTests
{
    [TestMethod]
    public void Each_request_is_accepted_exactly_in_the_stages_of_the_table()
    {
        var table = new Dictionary<InspectionSignalKind, InspectionStage[]>
        {
            [InspectionSignalKind.Reschedule] = [InspectionStage.Scheduled, InspectionStage.NoticeSent, InspectionStage.AwaitingSelfReport, InspectionStage.AwaitingVisit],
            [InspectionSignalKind.Cancel] =
            [
                InspectionStage.Scheduled, InspectionStage.NoticeSent, InspectionStage.AwaitingSelfReport, InspectionStage.AwaitingVisit,
                InspectionStage.AwaitingFindings, InspectionStage.AwaitingUnitFeedback, InspectionStage.AwaitingApproval,
            ],
            [InspectionSignalKind.SelfReport] = [InspectionStage.NoticeSent, InspectionStage.AwaitingSelfReport, InspectionStage.AwaitingVisit],
            [InspectionSignalKind.Findings] = [InspectionStage.AwaitingFindings],
            [InspectionSignalKind.Feedback] = [InspectionStage.AwaitingUnitFeedback],
            [InspectionSignalKind.Conclusion] = [InspectionStage.AwaitingUnitFeedback],
            [InspectionSignalKind.Approve] = [InspectionStage.AwaitingApproval],
            [InspectionSignalKind.Return] = [InspectionStage.AwaitingApproval],
        };

        foreach (var kind in Enum.GetValues<InspectionSignalKind>())
        {
            var accepted = Enum.GetValues<InspectionStage>().Where(stage => SignalAcceptance.Accepts(stage, kind)).ToArray();
            CollectionAssert.AreEqual(table[kind], accepted, kind.ToString());
        }
    }
}

using MatTran.Inspections.Inspections;

namespace MatTran.Inspections.Tests.Inspections;

[TestClass]
public sealed class InspectionTextsTests
{
    [TestMethod]
    public void Every_stage_and_kind_has_a_distinct_Vietnamese_name()
    {
        var stageNames = Enum.GetValues<InspectionStage>().Select(InspectionTexts.StageName).ToList();
        Assert.HasCount(12, stageNames);
        Assert.HasCount(stageNames.Count, stageNames.Distinct());
        Assert.AreEqual("Phúc tra", InspectionTexts.KindName(InspectionKind.FollowUp));
    }

    [TestMethod]
    public void Stage_names_are_the_ones_of_the_API()
    {
        CollectionAssert.AreEqual(
            new[] { "Scheduled", "NoticeSent", "AwaitingSelfReport", "AwaitingVisit", "AwaitingFindings", "AwaitingUnitFeedback", "AwaitingApproval", "ConclusionIssued", "Remediation", "FollowUp", "Closed", "Cancelled" },
            Enum.GetNames<InspectionStage>());
    }
}

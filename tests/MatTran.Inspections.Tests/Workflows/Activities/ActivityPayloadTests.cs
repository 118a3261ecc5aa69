using MatTran.Durable.Serialization;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Workflows.Activities;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Activities;

/// <summary>Activity outputs go through the durable runtime's JSON into history; they must come back equal.</summary>
[TestClass]
public sealed class ActivityPayloadTests
{
    [TestMethod]
    public void Year_end_summary_with_ratings_survives_the_runtime_payload_format()
    {
        var summary = CompletePlan.Summarise(new PlanCompletion("tinh-cb.2023.aaaaaaaaaaaa",
        [
            new InspectionOutcome("tinh-cb.2023.aaaaaaaaaaaa.001", "xa-a", InspectionKind.Inspection, InspectionStage.Closed, Rating.XuatSac, 1, 1, 0, null),
            new InspectionOutcome("tinh-cb.2023.aaaaaaaaaaaa.002", "xa-b", InspectionKind.Inspection, InspectionStage.Closed, Rating.Yeu, 2, 0, 2, "tinh-cb.2023.aaaaaaaaaaaa.002.pt"),
        ], new DateTime(2023, 12, 28, 1, 0, 0, DateTimeKind.Utc)));

        var back = JsonPayload.Deserialize<PlanYearEndSummary>(JsonPayload.Serialize(summary))!;

        Assert.AreEqual(summary with { Ratings = back.Ratings }, back);
        CollectionAssert.AreEquivalent(summary.Ratings.ToArray(), back.Ratings.ToArray());
    }

    [TestMethod]
    public void Issued_conclusion_survives_the_runtime_payload_format()
    {
        var issued = new IssuedConclusion(
            [new RemediationInput("tinh-cb.2023.aaaaaaaaaaaa.001.r1", "tinh-cb.2023.aaaaaaaaaaaa.001", "tinh-cb.2023.aaaaaaaaaaaa", "xa-a", 0,
                "Cập nhật đầy đủ sổ sách Quỹ Vì người nghèo", "Ban Thường trực", new DateOnly(2023, 9, 29))],
            FollowUpRequested: true, Rating.Kha);

        var back = JsonPayload.Deserialize<IssuedConclusion>(JsonPayload.Serialize(issued))!;

        CollectionAssert.AreEqual(issued.Remediations.ToArray(), back.Remediations.ToArray());
        Assert.IsTrue(back.FollowUpRequested);
        Assert.AreEqual(Rating.Kha, back.Rating);
    }
}

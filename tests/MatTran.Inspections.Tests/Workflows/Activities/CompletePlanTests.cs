using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Workflows.Activities;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Activities;

[TestClass]
public sealed class CompletePlanTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    private static PlanCompletion Completion(ActivityWorld world, string planId) => new(world.NextKey(WorkflowInstanceIds.ForPlan(planId)), planId,
    [
        new InspectionOutcome(planId + ".001", "xa-a", InspectionKind.Inspection, InspectionStage.Closed, Rating.Tot, 2, 1, 1, planId + ".001.pt"),
        new InspectionOutcome(planId + ".002", "xa-b", InspectionKind.Supervision, InspectionStage.Closed, Rating.Tot, 1, 1, 0, null),
        new InspectionOutcome(planId + ".003", "xa-c", InspectionKind.Inspection, InspectionStage.Closed, Rating.TrungBinh, 3, 2, 1, null),
        new InspectionOutcome(planId + ".004", "xa-d", InspectionKind.Inspection, InspectionStage.Cancelled, null, 0, 0, 0, null),
    ], new DateTime(2023, 12, 28, 1, 0, 0, DateTimeKind.Utc));

    [TestMethod]
    public async Task Year_end_summary_counts_the_outcomes_and_is_stored_on_the_completed_plan()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var completion = Completion(world, world.Plan.Id);

        var summary = await new CompletePlan(world.Services, world.PlanDocuments).RunAsync(
            ActivityWorld.Context(ActivityNames.CompletePlan, WorkflowInstanceIds.ForPlan(world.Plan.Id)), completion);

        Assert.AreEqual(world.Plan.Id, summary.PlanId);
        Assert.AreEqual(4, summary.Inspections);
        Assert.AreEqual(3, summary.Closed);
        Assert.AreEqual(1, summary.Cancelled);
        Assert.AreEqual(1, summary.FollowUps);
        Assert.AreEqual(6, summary.Recommendations);
        Assert.AreEqual(4, summary.RemediationsAccepted);
        Assert.AreEqual(2, summary.RemediationsOverdue);
        Assert.AreEqual(2, summary.Ratings[Rating.Tot]);
        Assert.AreEqual(1, summary.Ratings[Rating.TrungBinh]);
        Assert.IsFalse(summary.Ratings.ContainsKey(Rating.XuatSac));
        Assert.AreEqual(completion.At, summary.CompletedAt);

        var plan = await world.Plans.FindAsync(world.Plan.Id, Ct);
        Assert.AreEqual(PlanStatus.Completed, plan!.Status);
        Assert.AreEqual(6, plan.YearEndSummary!.Recommendations);
        Assert.AreEqual(2, plan.YearEndSummary.Ratings[Rating.Tot]);
    }
}

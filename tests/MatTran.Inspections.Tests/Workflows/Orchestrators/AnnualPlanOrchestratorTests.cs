using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

[TestClass]
public sealed class AnnualPlanOrchestratorTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task Plan_fans_out_three_inspections_reports_progress_as_each_finishes_and_completes_with_the_summary()
    {
        var activities = new StandInActivities();
        var planId = Emulators.UniqueName("kh");
        var inspections = new[] { new DateOnly(2027, 3, 15), new DateOnly(2027, 4, 12), new DateOnly(2027, 5, 10) }
            .Select((visit, i) => new InspectionInput($"{planId}.{i + 1:D3}", planId, $"unit-{i + 1}", InspectionKind.Inspection, visit))
            .ToList();
        activities.Planned.AddRange(inspections);
        var hub = await WorkflowHub.StartAsync(activities, Ct);
        var planInstance = WorkflowInstanceIds.ForPlan(planId);

        await hub.Client.ScheduleNewOrchestrationInstanceAsync(
            WorkflowNames.AnnualPlan, new AnnualPlanInput(planId, "ke.hoach"), new Durable.StartOrchestrationOptions(planInstance), Ct);
        await hub.RunUntilIdleAsync(Ct);
        Assert.AreEqual(new PlanProgress(3, 0, 0, 3), await ProgressAsync(hub, planInstance));
        foreach (var inspection in inspections)
        {
            Assert.AreEqual(planInstance, (await hub.InstanceAsync(inspection.InspectionId, Ct)).ParentInstanceId);
        }

        await hub.SignalAsync(inspections[1].InspectionId, Signals.Cancel(), Ct);
        Assert.AreEqual(new PlanProgress(3, 0, 1, 2), await ProgressAsync(hub, planInstance));

        await InspectionDriver.ConcludeAsync(hub, inspections[0], Signals.Conclusion(), Ct);
        Assert.AreEqual(new PlanProgress(3, 1, 1, 1), await ProgressAsync(hub, planInstance));

        await InspectionDriver.ConcludeAsync(hub, inspections[2], Signals.Conclusion(), Ct);
        Assert.AreEqual(new PlanProgress(3, 2, 1, 0), await ProgressAsync(hub, planInstance));

        var summary = await hub.OutputAsync<PlanYearEndSummary>(planInstance, Ct);
        Assert.AreEqual((3, 2, 1, 0), (summary.Inspections, summary.Closed, summary.Cancelled, summary.FollowUps));
        Assert.AreEqual(2, summary.Ratings[Rating.Tot]);
        var completion = hub.Activities.Inputs<PlanCompletion>(planId, ActivityNames.CompletePlan).Single();
        CollectionAssert.AreEqual(inspections.Select(i => i.InspectionId).ToArray(), completion.Outcomes.Select(o => o.InspectionId).ToArray(), "outcomes in plan order");
        CollectionAssert.AreEqual(
            new[] { InspectionStage.Closed, InspectionStage.Cancelled, InspectionStage.Closed },
            completion.Outcomes.Select(o => o.FinalStage).ToArray());
    }

    [TestMethod]
    public async Task An_inspection_whose_workflow_fails_is_counted_and_the_plan_still_completes()
    {
        var activities = new StandInActivities();
        var planId = Emulators.UniqueName("kh");
        var inspections = new[] { new DateOnly(2027, 3, 15), new DateOnly(2027, 4, 12) }
            .Select((visit, i) => new InspectionInput($"{planId}.{i + 1:D3}", planId, $"unit-{i + 1}", InspectionKind.Inspection, visit))
            .ToList();
        activities.Planned.AddRange(inspections);
        // A bug in one inspection's notice: every attempt fails, retries included.
        activities.FailAlways(ActivityNames.IssueNotice, inspections[0].InspectionId);
        var hub = await WorkflowHub.StartAsync(activities, Ct);
        var planInstance = WorkflowInstanceIds.ForPlan(planId);

        await hub.Client.ScheduleNewOrchestrationInstanceAsync(
            WorkflowNames.AnnualPlan, new AnnualPlanInput(planId, "ke.hoach"), new Durable.StartOrchestrationOptions(planInstance), Ct);
        await hub.RunUntilIdleAsync(Ct);
        // The first notice day passes; the notice is retried 1, 2, 4 and 8 minutes later and fails each time.
        var noticeDay = StandInActivities.ScheduleFor(inspections[0].VisitDate).Notice.FiresAtUtc;
        foreach (int minutes in new[] { 0, 1, 3, 7, 15 })
        {
            await hub.AdvanceToAsync(noticeDay.AddMinutes(minutes), Ct);
        }

        Assert.AreEqual(Durable.OrchestrationRuntimeStatus.Failed, (await hub.InstanceAsync(inspections[0].InspectionId, Ct)).RuntimeStatus);
        Assert.AreEqual(new PlanProgress(2, 0, 0, 1, Failed: 1), await ProgressAsync(hub, planInstance));

        await hub.SignalAsync(inspections[1].InspectionId, Signals.Cancel(), Ct);

        var summary = await hub.OutputAsync<PlanYearEndSummary>(planInstance, Ct);
        Assert.AreEqual((2, 0, 1, 1), (summary.Inspections, summary.Closed, summary.Cancelled, summary.Failed));
        var completion = hub.Activities.Inputs<PlanCompletion>(planId, ActivityNames.CompletePlan).Single();
        CollectionAssert.AreEqual(new[] { inspections[0].InspectionId }, completion.FailedInspections!.ToArray());
        Assert.AreEqual(ActivityNames.IssueNotice, activities.Names(inspections[0].InspectionId).Last());
        Assert.AreEqual(5, activities.Names(inspections[0].InspectionId).Count(n => n == ActivityNames.IssueNotice), "the first attempt and four retries");
    }

    private async Task<PlanProgress?> ProgressAsync(WorkflowHub hub, string planInstance) =>
        (await hub.InstanceAsync(planInstance, Ct)).ReadCustomStatusAs<PlanProgress>();
}
